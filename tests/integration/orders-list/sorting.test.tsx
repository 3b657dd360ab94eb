import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { formatMoney } from '@/lib/format-number';
import { renderApp } from '../../support/render-app';
import { setUpApi } from '../../support/test-api';
import { allOrders, apiList, codesOf, expectRows, param, waitForTable } from './helpers';
import { rowOf } from '../../support/orders-table';

const api = setUpApi();

function totalHeader() {
  return screen.getByRole('columnheader', { name: /^Total/ });
}

/** The text of the Total cell of each row shown, top to bottom. */
function shownTotals(): string[] {
  const headers = within(screen.getByRole('table', { name: 'Orders' })).getAllByRole('columnheader');
  const index = headers.indexOf(totalHeader());
  return within(screen.getByRole('table', { name: 'Orders' }))
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('cell')[index]?.textContent ?? '');
}

describe('sorting by Total', () => {
  it('sorts by total, largest first, then smallest first on a second click', async () => {
    const app = await renderApp('/');
    await waitForTable();
    const everything = allOrders(api.backend);
    const max = Math.max(...everything.map((o) => o.totalCents));
    const min = Math.min(...everything.map((o) => o.totalCents));
    expect(max).toBeGreaterThan(min);
    expect(totalHeader()).not.toHaveAttribute('aria-sort');

    await app.user.click(within(totalHeader()).getByRole('button', { name: 'Total' }));

    const descending = apiList(api.backend, { sort: '-totalCents' }).items;
    await expectRows(codesOf(descending));
    expect(param(app, 'sort')).toBe('-totalCents');
    expect(totalHeader()).toHaveAttribute('aria-sort', 'descending');
    expect(screen.getByRole('columnheader', { name: /^Date/ })).not.toHaveAttribute('aria-sort');
    const first = descending[0];
    expect(first?.totalCents).toBe(max);
    expect(within(rowOf(first?.code ?? '')).getByText(formatMoney(max, 'USD'))).toBeInTheDocument();
    expect(shownTotals()).toEqual(descending.map((o) => formatMoney(o.totalCents, o.currency)));

    await app.user.click(within(totalHeader()).getByRole('button', { name: 'Total' }));

    const ascending = apiList(api.backend, { sort: 'totalCents' }).items;
    await expectRows(codesOf(ascending));
    expect(param(app, 'sort')).toBe('totalCents');
    expect(totalHeader()).toHaveAttribute('aria-sort', 'ascending');
    expect(ascending[0]?.totalCents).toBe(min);
    expect(shownTotals()[0]).toBe(formatMoney(min, 'USD'));
    expect(shownTotals()).toEqual(ascending.map((o) => formatMoney(o.totalCents, o.currency)));
  });

  it('goes back to page 1 when the sort changes', async () => {
    const app = await renderApp('/?page=3');
    await expectRows(codesOf(apiList(api.backend, { page: 3 }).items));
    expect(screen.getByText(/Page 3 of 5/)).toBeInTheDocument();

    await app.user.click(within(totalHeader()).getByRole('button', { name: 'Total' }));

    await expectRows(codesOf(apiList(api.backend, { sort: '-totalCents', page: 1 }).items));
    expect(param(app, 'sort')).toBe('-totalCents');
    expect(param(app, 'page') ?? '1').toBe('1');
    expect(screen.getByText(/Page 1 of 5/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Previous page' })).toHaveAttribute('aria-disabled', 'true');
  });

  it('opens a shared link with its sort applied', async () => {
    await renderApp('/?sort=totalCents&page=2');
    await expectRows(codesOf(apiList(api.backend, { sort: 'totalCents', page: 2 }).items));
    expect(totalHeader()).toHaveAttribute('aria-sort', 'ascending');
    expect(screen.getByText(/Page 2 of 5/)).toBeInTheDocument();
  });
});
