import '@testing-library/jest-dom/vitest';
// eslint-disable-next-line testing-library/no-manual-cleanup -- no Vitest globals: see the afterEach below
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// A CI machine running every suite on 2 cores can take more than Testing Library's default second to
// show the next step (a dialog after Save, a notice after a write). A real failure still fails, later.
configure({ asyncUtilTimeout: 3000 });

/*
 * happy-dom 21 lacks HTMLSelectElement.size and HTMLOptionElement.defaultSelected. react-hook-form
 * reads both to tell whether a <select> was edited before the form was ready; with them missing
 * every select counts as "edited", so RHF takes its blank first option instead of the order's value
 * (product, US state, refund reason all show empty). Browsers have both: supply them here.
 */
if (document.createElement('select').size === undefined) {
  Object.defineProperty(HTMLSelectElement.prototype, 'size', {
    configurable: true,
    get(this: HTMLSelectElement) {
      const size = Number(this.getAttribute('size'));
      return Number.isInteger(size) && size > 0 ? size : 0;
    },
  });
}
if (document.createElement('option').defaultSelected === undefined) {
  Object.defineProperty(HTMLOptionElement.prototype, 'defaultSelected', {
    configurable: true,
    get(this: HTMLOptionElement) {
      return this.hasAttribute('selected');
    },
    set(this: HTMLOptionElement, value: boolean) {
      this.toggleAttribute('selected', Boolean(value));
    },
  });
}
// Vitest runs without globals here, so Testing Library cannot register its own clean-up.
afterEach(() => {
  cleanup();
});
