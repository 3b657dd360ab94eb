import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../support/render-app';
import { setUpApi } from '../../support/test-api';
import {
  answeredListPages,
  apiList,
  codesOf,
  expectRows,
  param,
  resetPreferencesEachTest,
  visibleCodes,
  waitForTable,
} from './helpers';

const api = setUpApi();
resetPreferencesEachTest();

describe('pages', () => {
  it('moves to the next page and back', async () => {
    const app = await renderApp('/');
    const page1 = codesOf(apiList(api.backend, { page: 1 }).items);
    const page2 = codesOf(apiList(api.backend, { page: 2 }).items);
    await expectRows(page1);
    expect(page2[0]).not.toBe(page1[0]);

    await app.user.click(screen.getByRole('button', { name: 'Next page' }));

    await expectRows(page2);
    expect(param(app, 'page')).toBe('2');
    expect(screen.getByText(/26–50 of 120/)).toBeInTheDocument();

    await app.user.click(screen.getByRole('button', { name: 'Previous page' }));

    await expectRows(page1);
    expect(param(app, 'page') ?? '1').toBe('1');
    expect(screen.getByText(/1–25 of 120/)).toBeInTheDocument();
  });

  it('has the next page ready before Next page is pressed: it shows at once, even when the server has become slow', async () => {
    const asked = answeredListPages(api);
    const app = await renderApp('/');
    await expectRows(codesOf(apiList(api.backend, { page: 1 }).items));
    await waitFor(() => expect(asked).toContain('2'));

    api.faults.set({ latencyMs: 60_000 });
    await app.user.click(screen.getByRole('button', { name: 'Next page' }));

    await expectRows(codesOf(apiList(api.backend, { page: 2 }).items));
    expect(screen.getByText(/26–50 of 120/)).toBeInTheDocument();
  });

  it('shows 50 rows per page when asked, and remembers it', async () => {
    const app = await renderApp('/');
    await waitForTable();
    expect(visibleCodes()).toHaveLength(25);

    await app.user.selectOptions(screen.getByRole('combobox', { name: /Rows per page/ }), '50');

    await expectRows(codesOf(apiList(api.backend, { pageSize: 50 }).items));
    expect(visibleCodes()).toHaveLength(50);
    expect(param(app, 'pageSize')).toBe('50');
    expect(screen.getByText(/1–50 of 120 · Page 1 of 3/)).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: /Rows per page/ })).toHaveValue('50');

    // Opening All Orders again without pageSize in the link keeps the merchant's choice.
    app.unmount();
    const again = await renderApp('/');
    await expectRows(codesOf(apiList(api.backend, { pageSize: 50 }).items));
    expect(again.location()).toBe('/');
  });
});

describe('pages and filters', () => {
  it('goes back to page 1 when the status tab changes', async () => {
    const app = await renderApp('/?page=3');
    await expectRows(codesOf(apiList(api.backend, { page: 3 }).items));

    await app.user.click(screen.getByRole('tab', { name: /^Shipped/ }));

    await expectRows(codesOf(apiList(api.backend, { status: 'shipped', page: 1 }).items));
    expect(param(app, 'page') ?? '1').toBe('1');
    expect(param(app, 'status')).toBe('shipped');
  });

  it('goes back to page 1 when searching', async () => {
    const app = await renderApp('/?page=2');
    await expectRows(codesOf(apiList(api.backend, { page: 2 }).items));
    const q = apiList(api.backend).items[0]?.customer.name.split(' ')[0] ?? '';

    await app.user.type(screen.getByRole('searchbox', { name: 'Search orders' }), `${q}{Enter}`);

    await expectRows(codesOf(apiList(api.backend, { q, page: 1 }).items));
    expect(param(app, 'page') ?? '1').toBe('1');
  });

  it('opens an old link past the last page on the last page', async () => {
    const app = await renderApp('/?page=99');

    await expectRows(codesOf(apiList(api.backend, { page: 5 }).items));
    expect(param(app, 'page')).toBe('5');
    expect(screen.getByText(/101–120 of 120 · Page 5 of 5/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Next page' })).toHaveAttribute('aria-disabled', 'true');
  });
});
