import { screen, waitFor, within } from '@testing-library/react';

type LiveRole = 'alert' | 'status';

/** The alert or status region that shows this text (within `container`, or the whole page). */
export function regionWith(role: LiveRole, text: string | RegExp, container?: HTMLElement): HTMLElement {
  const regions = container ? within(container).queryAllByRole(role) : screen.queryAllByRole(role);
  const region = regions.find((candidate) => within(candidate).queryAllByText(text).length > 0);
  if (!region) throw new Error(`No ${role} region shows ${String(text)}`);
  return region;
}

/** Waits for the alert or status region that shows this text. */
export function findRegionWith(role: LiveRole, text: string | RegExp, container?: HTMLElement): Promise<HTMLElement> {
  return waitFor(() => regionWith(role, text, container));
}
