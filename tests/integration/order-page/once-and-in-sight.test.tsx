import { WRITE_HEADER } from '@/api/contract';
import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { expect, it } from 'vitest';
import { setUpApi } from '../../support/test-api';
import { pickOrder, withoutPendingRefund } from '../../support/orders';
import { findNotice, noticeText, openOrder, recordPatches, replaceText, field } from './helpers';

const api = setUpApi({ seedOrders: 120 });
const HOUR = 3_600_000;
const recentlyPaid = () =>
  pickOrder(
    api,
    'unfulfilled',
    withoutPendingRefund((o) => Date.now() - Date.parse(o.paidAt ?? '') < HOUR),
  );

it('sends nothing for Save with no changes, and says there is nothing to save', async () => {
  const patches = recordPatches(api.server);
  const app = await openOrder(recentlyPaid());
  await app.user.click(screen.getByRole('button', { name: 'Save' }));
  await findNotice('Nothing to save: you have not changed anything yet.');
  expect(patches).toHaveLength(0);
});

it('shows a failed save beside Save and moves focus to it', async () => {
  api.server.use(
    http.patch('*/api/orders/:id', () =>
      HttpResponse.json({ code: 'internal', message: 'Server error.' }, { status: 500 }),
    ),
  );
  const order = pickOrder(
    api,
    'unpaid',
    withoutPendingRefund(() => true),
  );
  const app = await openOrder(order);
  await replaceText(app, field('Name'), 'Ada Lovelace');
  await app.user.click(screen.getByRole('button', { name: 'Save' }));
  const alert = await screen.findByRole('alert');
  await waitFor(() => expect(alert).toHaveFocus());
  // Right above Save: Save is the next thing after it.
  const save = screen.getByRole('button', { name: 'Save' });
  expect(alert.compareDocumentPosition(save) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
});

it('sends one cancel for a double click on Confirm', async () => {
  let cancels = 0;
  api.server.use(
    http.post('*/api/orders/:id/cancel', () => {
      cancels += 1;
      return undefined;
    }),
  );
  const order = recentlyPaid();
  const app = await openOrder(order);
  await app.user.click(screen.getByRole('button', { name: 'Cancel order' }));
  const dialog = await screen.findByRole('dialog', { name: `Cancel order #${order.code}?` });
  await app.user.dblClick(within(dialog).getByRole('button', { name: 'Confirm' }));
  await findNotice(new RegExp(`^Order #${order.code} cancelled\\.`));
  expect(cancels).toBe(1);
});

it('reports "already cancelled" as the success it is when an earlier answer was lost', async () => {
  // The cancel goes through, but its answer is lost; the retry is refused as already cancelled.
  api.server.use(
    http.post(
      '*/api/orders/:id/cancel',
      async ({ request }) => {
        await fetch(request.url, { method: 'POST', headers: { [WRITE_HEADER.name]: WRITE_HEADER.value } });
        return HttpResponse.json(
          { code: 'not_cancellable', message: 'This order is already cancelled.' },
          { status: 409 },
        );
      },
      { once: true },
    ),
  );
  const order = recentlyPaid();
  const app = await openOrder(order);
  await app.user.click(screen.getByRole('button', { name: 'Cancel order' }));
  const dialog = await screen.findByRole('dialog', { name: `Cancel order #${order.code}?` });
  await app.user.click(within(dialog).getByRole('button', { name: 'Confirm' }));
  await findNotice(new RegExp(`^Order #${order.code} cancelled\\.`));
  expect(noticeText()).not.toMatch(/not cancelled/);
});
