import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type { Order } from '@/domain';
import type { RenderedApp } from '../../support/render-app';
import { setUpApi } from '../../support/test-api';
import { field, findNotice, noticeText, openOrder, orderTitle, radio, recordPatches, replaceText } from './helpers';
import { editablePaidOrder } from '../../support/orders';
import { findRegionWith, regionWith } from '../../support/regions';

const api = setUpApi({ seedOrders: 120 });

const NEW_LINE1 = '500 Howard St';

/** A paid order whose shipping info may change: US, no P.O. Box, no restricted item, Standard, no line 2. */
const editablePaid = () =>
  editablePaidOrder(api, (o) => o.shippingAddress.line2 === '' && o.shippingMethod === 'standard');

async function changeAddressAndSave(app: RenderedApp) {
  await replaceText(app, field('Address line 1'), NEW_LINE1);
  await app.user.click(screen.getByRole('button', { name: 'Save' }));
  const review = await screen.findByRole('dialog', { name: 'Check the new shipping address' });
  await app.user.click(within(review).getByRole('button', { name: 'Confirm and save' }));
}

const current = (order: Order): Order => {
  const outcome = api.backend.get(order.id);
  if (!outcome.ok) throw new Error(`Order ${order.id} is gone`);
  return outcome.body;
};

describe('saving an order', () => {
  it('shows the address change side by side, then saves it', async () => {
    const order = editablePaid();
    const app = await openOrder(order);

    await replaceText(app, field('Address line 1'), NEW_LINE1);
    await app.user.click(radio('Express'));
    await app.user.click(screen.getByRole('button', { name: 'Save' }));

    const review = await screen.findByRole('dialog', { name: 'Check the new shipping address' });
    const row = within(review).getByRole('row', { name: /Address line 1/ });
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual([order.shippingAddress.line1, NEW_LINE1]);
    expect(within(review).queryByRole('row', { name: /City/ })).not.toBeInTheDocument();
    expect(current(order).shippingAddress.line1).toBe(order.shippingAddress.line1);

    await app.user.click(within(review).getByRole('button', { name: 'Confirm and save' }));

    await findNotice(`Order #${order.code} saved.`);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(current(order)).toMatchObject({
      shippingAddress: { line1: NEW_LINE1 },
      shippingMethod: 'express',
      version: order.version + 1,
    });
    expect(field('Address line 1')).toHaveValue(NEW_LINE1);
    expect(screen.getByText('No unsaved changes.')).toBeInTheDocument();
  });

  it('"Keep editing" closes the review without saving', async () => {
    const order = editablePaid();
    const patches = recordPatches(api.server);
    const app = await openOrder(order);

    await replaceText(app, field('Address line 1'), NEW_LINE1);
    await app.user.click(screen.getByRole('button', { name: 'Save' }));
    await app.user.click(await screen.findByRole('button', { name: 'Keep editing' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(patches).toHaveLength(0);
    expect(field('Address line 1')).toHaveValue(NEW_LINE1);
  });

  it('shows a 422 field issue at its field and keeps what was typed', async () => {
    const order = editablePaid();
    api.server.use(
      http.patch('*/api/orders/:id', () =>
        HttpResponse.json(
          {
            code: 'validation',
            message: 'ZIP rejected by the carrier',
            issues: [{ path: 'shippingAddress.postalCode', message: 'ZIP rejected by the carrier' }],
          },
          { status: 422 },
        ),
      ),
    );
    const app = await openOrder(order);

    await changeAddressAndSave(app);

    await waitFor(() =>
      expect(field('ZIP code')).toHaveAccessibleDescription(expect.stringContaining('ZIP rejected by the carrier')),
    );
    expect(field('ZIP code')).toHaveAttribute('aria-invalid', 'true');
    expect(field('Address line 1')).toHaveValue(NEW_LINE1);
    expect(noticeText()).not.toContain('saved');
    expect(current(order).shippingAddress.line1).toBe(order.shippingAddress.line1);
  });

  it('on a 409 after a status change, lists what changed, re-locks the fields and keeps what was typed', async () => {
    const order = editablePaid();
    api.server.use(
      http.patch('*/api/orders/:id', () =>
        HttpResponse.json(
          {
            code: 'version_conflict',
            message: 'This order changed since you opened it.',
            current: { ...order, status: 'in_production', version: order.version + 1 },
          },
          { status: 409 },
        ),
      ),
    );
    const app = await openOrder(order);

    await changeAddressAndSave(app);

    await screen.findByText('This order changed while you were editing it.');
    const notice = regionWith('alert', 'This order changed while you were editing it.');
    expect(notice).toHaveTextContent('Status: Paid · Unfulfilled → Paid · In production');
    expect(notice).toHaveTextContent('the fields now lock as that status requires');
    await waitFor(() => expect(field('Address line 1')).toBeDisabled());
    expect(field('Address line 1')).toHaveValue(NEW_LINE1);
    expect(orderTitle(order)).toHaveTextContent('Paid · In production');
    expect(screen.queryByRole('button', { name: 'Save' })).not.toBeInTheDocument();
  });

  it('on a 409 after someone else changed the address, lists the change and keeps theirs in fields not typed in', async () => {
    const order = editablePaid();
    const app = await openOrder(order);
    // Someone else changes the order while this page is open.
    const theirs = await api.backend.api.patch(order.id, {
      version: order.version,
      shippingAddress: { ...order.shippingAddress, line2: 'Suite 9' },
    });
    expect(theirs.ok).toBe(true);
    expect(field('Address line 2')).toHaveValue('');

    await changeAddressAndSave(app);

    const notice = await findRegionWith('alert', 'This order changed while you were editing it.');
    expect(notice).toHaveTextContent('Address line 2: — → Suite 9');
    // Only the address changed: nothing was locked, and the notice doesn't say so.
    expect(notice).not.toHaveTextContent(/lock/i);
    expect(field('Address line 1')).toBeEnabled();
    expect(field('Address line 1')).toHaveValue(NEW_LINE1);
    // The merchant never touched line 2: the form takes the new value, and saving again keeps it.
    expect.soft(field('Address line 2')).toHaveValue('Suite 9');
    await app.user.click(screen.getByRole('button', { name: 'Save' }));
    const review = await screen.findByRole('dialog', { name: 'Check the new shipping address' });
    await app.user.click(within(review).getByRole('button', { name: 'Confirm and save' }));
    await waitFor(() => expect(current(order).shippingAddress.line1).toBe(NEW_LINE1));
    expect(current(order).shippingAddress.line2).toBe('Suite 9');
  });

  it.each([
    ['a network failure', () => HttpResponse.error()],
    ['a 500', () => HttpResponse.json({ code: 'server_error', message: 'Something broke' }, { status: 500 })],
  ])('after %s, offers "Try again" and keeps what was typed; the retry saves', async (_what, failure) => {
    const order = editablePaid();
    api.server.use(http.patch('*/api/orders/:id', failure, { once: true }));
    const app = await openOrder(order);

    await changeAddressAndSave(app);

    const form = screen.getByRole('form', { name: `Order #${order.code}` });
    const retry = await within(form).findByRole('button', { name: 'Try again' });
    expect(regionWith('alert', /Your changes are still here\./)).toContainElement(retry);
    expect(field('Address line 1')).toHaveValue(NEW_LINE1);
    expect(current(order).shippingAddress.line1).toBe(order.shippingAddress.line1);

    await app.user.click(retry);
    const review = screen.queryByRole('dialog', { name: 'Check the new shipping address' });
    if (review) await app.user.click(within(review).getByRole('button', { name: 'Confirm and save' }));

    await waitFor(() => expect(current(order).shippingAddress.line1).toBe(NEW_LINE1));
    await waitFor(() => expect(within(form).queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument());
  });

  it('refuses a bad US ZIP at the field without sending anything', async () => {
    const order = editablePaid();
    const patches = recordPatches(api.server);
    const app = await openOrder(order);

    await replaceText(app, field('ZIP code'), '123');
    await app.user.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() =>
      expect(field('ZIP code')).toHaveAccessibleDescription(
        expect.stringContaining('Enter a 5-digit ZIP code, like 94107 or 94107-1234'),
      ),
    );
    expect(field('ZIP code')).toHaveFocus();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(patches).toHaveLength(0);
  });

  it('refuses an empty Address line 1 without sending anything', async () => {
    const order = editablePaid();
    const patches = recordPatches(api.server);
    const app = await openOrder(order);

    await replaceText(app, field('Address line 1'), '');
    await app.user.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() =>
      expect(field('Address line 1')).toHaveAccessibleDescription(expect.stringContaining('Enter the street address')),
    );
    expect(patches).toHaveLength(0);
  });
});
