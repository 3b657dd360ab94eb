import { screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../support/render-app';
import { setUpApi } from '../../support/test-api';

const api = setUpApi({ seedOrders: 30 });

describe('an order that does not exist', () => {
  it.each(['/orders/ord_missing', '/orders/ord_missing/refund'])(
    '%s says so and leads back to All Orders',
    async (url) => {
      const app = await renderApp(url);

      expect(
        await screen.findByRole('heading', { name: 'Order not found', level: 1 }, { timeout: 5000 }),
      ).toBeInTheDocument();
      await app.user.click(screen.getByRole('link', { name: 'Go to All Orders' }));

      expect(await screen.findByRole('heading', { name: 'All Orders', level: 1 })).toBeInTheDocument();
      await waitFor(() => expect(app.location()).toBe('/'));
    },
  );

  it('an order that could not be loaded offers a retry and the way back', async () => {
    api.server.use(
      http.get('*/api/orders/:id', () => HttpResponse.json({ code: 'internal', message: 'Down' }, { status: 500 })),
    );
    const app = await renderApp('/orders/ord_000001');

    expect(await screen.findByRole('heading', { name: "The order couldn't be loaded" })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Retry' })).toBeInTheDocument();
    await app.user.click(screen.getByRole('link', { name: 'Go to All Orders' }));
    await waitFor(() => expect(app.location()).toBe('/'));
  });
});
