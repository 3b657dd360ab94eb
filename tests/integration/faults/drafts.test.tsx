import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Order } from '@/domain';
import type { RenderedApp } from '../../support/render-app';
import { setUpApi } from '../../support/test-api';
import { field, findNotice, openOrder, replaceText } from '../order-page/helpers';
import { tallyFaults } from './support';
import { editablePaidOrder } from '../../support/orders';
import { regionWith } from '../../support/regions';

const api = setUpApi({ seedOrders: 120 });
tallyFaults(api);

const NEW_LINE1 = '77 Mission St';
const RESTORED = 'Your unsaved changes from earlier are back in the form.';

const editablePaid = () => editablePaidOrder(api);

const draftKey = (order: Order) => `orderdesk.draft.${order.id}`;
const storedDraft = (order: Order) => window.sessionStorage.getItem(draftKey(order));

const serverLine1 = (order: Order): string => {
  const outcome = api.backend.get(order.id);
  if (!outcome.ok) throw new Error(`Order ${order.id} is gone`);
  return outcome.body.shippingAddress.line1;
};

/** The page goes away (a reload, a crash) and is opened again at the same URL. */
async function reopen(app: RenderedApp, order: Order): Promise<RenderedApp> {
  app.unmount();
  return openOrder(order);
}

async function saveAddress(app: RenderedApp, order: Order) {
  const form = screen.getByRole('form', { name: `Order #${order.code}` });
  await app.user.click(within(form).getByRole('button', { name: 'Save' }));
  const review = await screen.findByRole('dialog', { name: 'Check the new shipping address' });
  await app.user.click(within(review).getByRole('button', { name: 'Confirm and save' }));
}

describe('drafts survive a page that goes away', () => {
  it('puts back what was typed after the page was torn down unsaved; "Discard them" brings back the server\'s value', async () => {
    const order = editablePaid();
    const first = await openOrder(order);
    await replaceText(first, field('Address line 1'), NEW_LINE1);
    await waitFor(() => expect(storedDraft(order)).toContain(NEW_LINE1));

    const app = await reopen(first, order);

    await screen.findByText(RESTORED);
    expect(field('Address line 1')).toHaveValue(NEW_LINE1);
    expect(screen.getByText('You have unsaved changes.')).toBeInTheDocument();
    expect(serverLine1(order)).toBe(order.shippingAddress.line1);

    await app.user.click(within(regionWith('status', RESTORED)).getByRole('button', { name: 'Discard them' }));

    await waitFor(() => expect(field('Address line 1')).toHaveValue(order.shippingAddress.line1));
    expect(screen.queryByText(RESTORED)).not.toBeInTheDocument();
    await waitFor(() => expect(storedDraft(order)).toBeNull());
    expect(screen.getByText('No unsaved changes.')).toBeInTheDocument();

    await reopen(app, order);
    expect(field('Address line 1')).toHaveValue(order.shippingAddress.line1);
    expect(screen.queryByText(RESTORED)).not.toBeInTheDocument();
  });

  it('keeps the draft through a failed save and a reload; a successful save then removes it', async () => {
    const order = editablePaid();
    const first = await openOrder(order);
    api.faults.set({ failRate: 1 });
    await replaceText(first, field('Address line 1'), NEW_LINE1);
    await saveAddress(first, order);
    await screen.findByRole('button', { name: 'Try again' });
    await waitFor(() => expect(storedDraft(order)).toContain(NEW_LINE1));

    api.faults.set({ failRate: 0 });
    const app = await reopen(first, order);
    await screen.findByText(RESTORED);
    expect(field('Address line 1')).toHaveValue(NEW_LINE1);

    await saveAddress(app, order);

    await findNotice(`Order #${order.code} saved.`);
    expect(serverLine1(order)).toBe(NEW_LINE1);
    await waitFor(() => expect(storedDraft(order)).toBeNull());

    await reopen(app, order);
    expect(field('Address line 1')).toHaveValue(NEW_LINE1);
    expect(screen.queryByText(RESTORED)).not.toBeInTheDocument();
  });

  it('keeps what was typed even when the page goes away right after the last keystroke', async () => {
    const order = editablePaid();
    const first = await openOrder(order);
    await replaceText(first, field('Address line 1'), NEW_LINE1);

    // No pause: the page is torn down within the draft's 400 ms save delay.
    await reopen(first, order);

    await waitFor(() => expect(field('Address line 1')).toHaveValue(NEW_LINE1));
    expect(screen.getByText(RESTORED)).toBeInTheDocument();
  });
});
