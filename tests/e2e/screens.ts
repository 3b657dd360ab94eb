import { expect, type Locator, type Page } from '@playwright/test';

/** The three screens every journey must work on: a 13-inch laptop, a small laptop, a touch phone. */
export const SCREENS = [
  { name: 'laptop 1280×720', use: { viewport: { width: 1280, height: 720 } }, touch: false },
  { name: 'small laptop 1024×768', use: { viewport: { width: 1024, height: 768 } }, touch: false },
  {
    name: 'phone 390×844, touch',
    use: { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 },
    touch: true,
  },
] as const;

/** Clicks, or taps on a touch screen. */
export async function press(target: Locator, touch: boolean) {
  if (touch) await target.tap();
  else await target.click();
}

/** The rows of the orders table that hold an order. */
export function orderRows(page: Page) {
  return page
    .getByRole('table', { name: 'Orders' })
    .getByRole('row')
    .filter({ has: page.getByRole('checkbox', { name: /^Select order #/ }) });
}

/**
 * Runs one of a row's actions the way this screen offers it: the hover toolbar where there is one,
 * else the row's actions menu.
 */
export async function rowAction(page: Page, row: Locator, name: 'Edit' | 'Delete' | 'Refund', touch: boolean) {
  const menuButton = row.getByRole('button', { name: /^Actions for order #/ });
  if (await menuButton.isVisible()) {
    await press(menuButton, touch);
    await press(page.getByRole('menuitem', { name, exact: true }), touch);
    return;
  }
  await row.hover();
  const toolbar = row.getByRole('group', { name: /^Actions for order #/ });
  await press(toolbar.getByRole(name === 'Edit' ? 'link' : 'button', { name, exact: true }), touch);
}

/**
 * No page wider than the screen, and every visible control inside the viewport, or inside a
 * scroll container that is itself inside the viewport (the status tabs scroll sideways). In a
 * dialog, controls must also be within the screen's height unless their container scrolls.
 */
export async function expectEverythingReachable(page: Page, what: string) {
  const problems = await page.evaluate(() => {
    const found: string[] = [];
    const { innerWidth, innerHeight } = window;
    if (document.documentElement.scrollWidth > innerWidth + 1)
      found.push(`page is ${document.documentElement.scrollWidth}px wide on a ${innerWidth}px screen`);
    const scrolls = (element: Element, axis: 'x' | 'y') => {
      const style = getComputedStyle(element);
      const overflow = axis === 'x' ? style.overflowX : style.overflowY;
      return overflow === 'auto' || overflow === 'scroll';
    };
    const controls = document.querySelectorAll<HTMLElement>(
      'a[href], button, input, select, textarea, [role="menuitem"]',
    );
    for (const control of controls) {
      const box = control.getBoundingClientRect();
      const style = getComputedStyle(control);
      if (box.width === 0 || box.height === 0 || style.visibility === 'hidden') continue;
      if (control.closest('.sr-only, [aria-hidden="true"]')) continue;
      const name = `${control.tagName.toLowerCase()} "${(control.getAttribute('aria-label') ?? control.textContent ?? '').trim().slice(0, 40)}"`;
      let container: Element | null = control.parentElement;
      while (container && container !== document.body && !scrolls(container, 'x')) container = container.parentElement;
      const frame = container && container !== document.body ? container.getBoundingClientRect() : null;
      const left = frame ? Math.max(0, frame.left) : 0;
      const right = frame ? Math.min(innerWidth, frame.right) : innerWidth;
      if (frame && (frame.left < -1 || frame.right > innerWidth + 1))
        found.push(`${name}: its scroll box is off screen`);
      if (!frame && (box.left < left - 1 || box.right > right + 1)) found.push(`${name}: off screen sideways`);
      const dialog = control.closest('[role="dialog"], [role="menu"]');
      if (dialog) {
        let scroller: Element | null = control.parentElement;
        while (scroller && scroller !== dialog && !scrolls(scroller, 'y')) scroller = scroller.parentElement;
        const inScroller = scroller && scroller !== dialog;
        if (!inScroller && (box.top < -1 || box.bottom > innerHeight + 1))
          found.push(`${name}: below or above the screen`);
      }
    }
    const table = document.querySelector('table[aria-label="Orders"]')?.parentElement;
    if (table && table.scrollWidth > table.clientWidth + 1)
      found.push(`the orders table needs a sideways scroll (${table.scrollWidth} in ${table.clientWidth})`);
    return found;
  });
  expect(problems, `unreachable controls on ${what}`).toEqual([]);
}

/** Counts the requests to the API whose method and path match. */
export function countRequests(page: Page, method: string, path: RegExp) {
  let count = 0;
  page.on('request', (request) => {
    if (request.method() === method && path.test(new URL(request.url()).pathname)) count += 1;
  });
  return () => count;
}

/** The focused element, described; fails when focus is on the page body. */
export async function expectFocusOnSomething(page: Page, what: string) {
  const focused = await page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return null;
    return `${element.tagName.toLowerCase()} ${element.getAttribute('aria-label') ?? element.textContent?.trim().slice(0, 40) ?? ''}`;
  });
  expect(focused, `focus after ${what}`).not.toBeNull();
  return focused ?? '';
}
