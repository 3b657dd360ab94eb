import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** Opens the first order listed under a status tab and waits for its page. */
export async function openFirstOrder(page: Page, status: string, options: { withoutRefund?: boolean } = {}) {
  await page.goto(`/?status=${status}`);
  const table = page.getByRole('table', { name: 'Orders' });
  let rows = table.getByRole('row').filter({ has: page.getByRole('checkbox', { name: /^Select order #/ }) });
  if (options.withoutRefund) rows = rows.filter({ hasNotText: 'Refund requested' });
  const link = rows.first().getByRole('link', { name: /^#\d+$/ });
  const code = (await link.textContent()) ?? '';
  await link.click();
  await expect(page.getByRole('heading', { level: 1, name: `Order ${code}` })).toBeVisible();
  return code;
}

export const audited: string[] = [];

/** Runs axe (WCAG 2.0–2.2 A and AA) on the page as it is now; fails on any violation. */
export async function expectAccessible(page: Page, what: string) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  audited.push(what);
  const summary = results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .map((n) => `${n.target.join(' ')} ${n.failureSummary ?? ''}`)
        .slice(0, 3)
        .join(', ')}`,
  );
  expect(summary, `accessibility violations on ${what}`).toEqual([]);
}
