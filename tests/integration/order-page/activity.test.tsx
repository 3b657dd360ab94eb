import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type { Order } from '@/domain';
import { formatExact } from '@/lib/format-date';
import type { RenderedApp } from '../../support/render-app';
import { editablePaidOrder, pickOrder, withoutPendingRefund } from '../../support/orders';
import { setUpApi } from '../../support/test-api';
import { field, findNotice, openOrder, replaceText } from './helpers';

const api = setUpApi({ seedOrders: 120 });

const activitySection = () => screen.getByRole('region', { name: 'Activity' });
/** The trail's entries (the timeline is the section's first list; a several-field edit nests its own). */
const entries = () => {
  const [timeline] = within(activitySection()).getAllByRole('list');
  if (!timeline) throw new Error('The Activity section has no list');
  return within(timeline).getAllByRole('listitem');
};
/** Each entry's text (with a several-field edit's fields after its sentence). */
const entryTexts = () =>
  entries()
    .filter((item) => item.parentElement?.tagName === 'OL')
    .map((item) => item.textContent ?? '');

/** A paid order whose address may change freely, with a line 2 left empty (so edits read plainly). */
const editable = () => editablePaidOrder(api, (o) => o.shippingAddress.line2 === '' && o.shippingMethod === 'standard');

async function save(app: RenderedApp, order: Order) {
  await app.user.click(screen.getByRole('button', { name: 'Save' }));
  const review = await screen.findByRole('dialog', { name: 'Check the new shipping address' });
  await app.user.click(within(review).getByRole('button', { name: 'Confirm and save' }));
  await findNotice(`Order #${order.code} saved.`);
}

describe('the order’s Activity', () => {
  it('says so when nothing has happened to a seeded order yet', async () => {
    await openOrder(editable());
    expect(await within(activitySection()).findByText('No activity yet')).toBeVisible();
  });

  it('shows an edit made here at once, by name, with before and after and the exact time on hover', async () => {
    const order = editable();
    const app = await openOrder(order);
    await within(activitySection()).findByText('No activity yet');

    await replaceText(app, field('Address line 1'), '9 Elm Rd');
    await save(app, order);

    await waitFor(() =>
      expect(entryTexts()[0]).toMatch(
        new RegExp(`^Ana Souza changed the shipping address: ${order.shippingAddress.line1} → 9 Elm Rd · \\S`),
      ),
    );
    const time = within(entries()[0]!).getByText((_, element) => element?.tagName === 'TIME');
    const at = time.getAttribute('datetime') ?? '';
    expect(Date.now() - Date.parse(at)).toBeLessThan(60_000);
    expect(time).toHaveAttribute('title', formatExact(at));
  });

  it('lists each field of an edit that changed several, newest entry first', async () => {
    const order = editable();
    const app = await openOrder(order);
    await replaceText(app, field('Address line 1'), '9 Elm Rd');
    await save(app, order);
    await waitFor(() => expect(entryTexts()).toHaveLength(1));

    await replaceText(app, field('Address line 1'), '10 Elm Rd');
    await replaceText(app, field('City'), 'Springfield');
    await save(app, order);

    await waitFor(() => expect(entryTexts()).toHaveLength(2));
    expect(entryTexts()[0]).toMatch(/^Ana Souza changed the shipping address · /);
    const fields = within(entries()[0]!)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(fields).toEqual([
      'Address line 1: 9 Elm Rd → 10 Elm Rd',
      `City: ${order.shippingAddress.city} → Springfield`,
    ]);
    expect(entryTexts()[1]).toMatch(/^Ana Souza changed the shipping address: .* → 9 Elm Rd · /);
  });

  it('gives a refund request its reason and estimate on a line of its own', async () => {
    const order = pickOrder(api, 'unfulfilled', withoutPendingRefund());
    expect((await api.backend.api.requestRefund(order.id, { reason: 'damaged' }, 'activity-test')).ok).toBe(true);
    await openOrder(order);

    await waitFor(() => expect(entryTexts()[0]).toMatch(/^Ana Souza requested a refund · /));
    expect(within(entries()[0]!).getByText(/^Damaged or defective · estimate \$[\d,]+\.\d\d$/)).toBeVisible();
  });

  it('offers Retry when the trail could not be loaded, and the form is not affected', async () => {
    const order = editable();
    let broken = true;
    api.server.use(
      http.get('*/api/orders/:id/activity', () =>
        broken
          ? HttpResponse.json({ code: 'server_error', message: 'The server failed.' }, { status: 500 })
          : undefined,
      ),
    );
    const app = await openOrder(order);

    const alert = await within(activitySection()).findByRole('alert');
    expect(alert).toHaveTextContent("The activity couldn't be loaded: The server failed.");
    expect(field('Address line 1')).toBeEnabled();
    broken = false;
    await app.user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await within(activitySection()).findByText('No activity yet')).toBeVisible();
  });
});
