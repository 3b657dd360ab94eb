import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../support/render-app';
import { setUpApi } from '../../support/test-api';
import { apiList, bulkBar, codesOf, expectRows, visibleCodes } from './helpers';
import { rowCheckbox } from '../../support/orders-table';

// Enough orders that the Unpaid tab spans more than one page.
const api = setUpApi({ seedOrders: 300 });

const headerCheckbox = () => screen.getByRole('checkbox', { name: 'Select all orders on this page' });
const nextPage = () => screen.getByRole('button', { name: 'Next page' });
const previousPage = () => screen.getByRole('button', { name: 'Previous page' });

function expectSelected(count: number) {
  expect(within(bulkBar()).getByText(`${count} selected`)).toBeInTheDocument();
}

describe('selecting orders', () => {
  it('keeps the selection across pages, selects a whole page, and clears', async () => {
    const app = await renderApp('/');
    const page1 = codesOf(apiList(api.backend, { page: 1 }).items);
    const page2 = codesOf(apiList(api.backend, { page: 2 }).items);
    await expectRows(page1);
    expect(screen.queryByRole('region', { name: 'Selected orders' })).not.toBeInTheDocument();

    await app.user.click(rowCheckbox(page1[0] ?? ''));
    await app.user.click(rowCheckbox(page1[3] ?? ''));
    expectSelected(2);
    expect(headerCheckbox()).toBePartiallyChecked();

    await app.user.click(nextPage());
    await expectRows(page2);
    expect(rowCheckbox(page2[1] ?? '')).not.toBeChecked();
    expect(headerCheckbox()).not.toBeChecked();
    await app.user.click(rowCheckbox(page2[1] ?? ''));
    expectSelected(3);

    await app.user.click(previousPage());
    await expectRows(page1);
    expect(rowCheckbox(page1[0] ?? '')).toBeChecked();
    expect(rowCheckbox(page1[3] ?? '')).toBeChecked();
    expect(rowCheckbox(page1[1] ?? '')).not.toBeChecked();
    expectSelected(3);

    await app.user.click(headerCheckbox());
    for (const code of visibleCodes()) expect(rowCheckbox(code)).toBeChecked();
    expect(headerCheckbox()).toBeChecked();
    expectSelected(26); // the whole page plus the one on page 2

    await app.user.click(headerCheckbox());
    for (const code of visibleCodes()) expect(rowCheckbox(code)).not.toBeChecked();
    expectSelected(1);

    await app.user.click(headerCheckbox());
    await app.user.click(within(bulkBar()).getByRole('button', { name: 'Clear' }));
    expect(screen.queryByRole('region', { name: 'Selected orders' })).not.toBeInTheDocument();
    for (const code of visibleCodes()) expect(rowCheckbox(code)).not.toBeChecked();
  });

  it('selects all N matching orders of the Unpaid tab, beyond the page shown', async () => {
    const unpaid = apiList(api.backend, { status: 'unpaid' });
    const n = unpaid.total;
    expect(n).toBeGreaterThan(25);
    const app = await renderApp('/?status=unpaid');
    await expectRows(codesOf(unpaid.items));

    await app.user.click(rowCheckbox(unpaid.items[0]?.code ?? ''));
    expectSelected(1);
    await app.user.click(within(bulkBar()).getByRole('button', { name: `Select all ${n} matching orders` }));

    await waitFor(() => expectSelected(n));
    expect(within(bulkBar()).queryByRole('button', { name: /^Select all/ })).not.toBeInTheDocument();
    for (const code of visibleCodes()) expect(rowCheckbox(code)).toBeChecked();

    await app.user.click(nextPage());
    await expectRows(codesOf(apiList(api.backend, { status: 'unpaid', page: 2 }).items));
    for (const code of visibleCodes()) expect(rowCheckbox(code)).toBeChecked();
    expectSelected(n);
  });

  it('offers "select all N matching" even when more orders outside the filter are selected', async () => {
    const unpaid = apiList(api.backend, { status: 'unpaid' });
    const firstHundred = apiList(api.backend, { pageSize: 100 }).items;
    const unpaidAmongThem = firstHundred.filter((o) => o.status === 'unpaid').length;
    expect(firstHundred.length).toBeGreaterThan(unpaid.total);
    expect(unpaidAmongThem).toBeLessThan(unpaid.total);

    const app = await renderApp('/?pageSize=100');
    await expectRows(codesOf(firstHundred));
    await app.user.click(headerCheckbox());
    expectSelected(100);

    await app.user.click(screen.getByRole('tab', { name: /^Unpaid/ }));
    await expectRows(codesOf(apiList(api.backend, { status: 'unpaid', pageSize: 100 }).items));

    // Not every unpaid order is selected, so the merchant must be able to add the rest.
    await app.user.click(within(bulkBar()).getByRole('button', { name: `Select all ${unpaid.total} matching orders` }));
    await waitFor(() => expectSelected(100 + unpaid.total - unpaidAmongThem));
  });
});
