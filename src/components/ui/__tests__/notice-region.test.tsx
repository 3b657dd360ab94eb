import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { notify, useNotices } from '@/stores/notices';
import { NoticeRegion } from '../notice-region';

beforeEach(() => {
  vi.useFakeTimers({ shouldAdvanceTime: true });
  useNotices.setState({ notices: [] });
});
afterEach(() => vi.useRealTimers());

const setUp = () => {
  const user = userEvent.setup({ advanceTimers: (ms) => vi.advanceTimersByTime(ms) });
  render(
    <main>
      <h1 tabIndex={-1}>All Orders</h1>
      <NoticeRegion />
    </main>,
  );
  return user;
};

const pass = (ms: number) => act(() => vi.advanceTimersByTime(ms));

it('goes after its time, but not while the pointer is on it', async () => {
  const user = setUp();
  act(() => void notify({ message: '1 order deleted', durationMs: 10_000, action: { label: 'Undo', run: () => {} } }));
  const notice = screen.getByText('1 order deleted');
  const undo = screen.getByRole('button', { name: 'Undo' });
  undo.blur();

  await user.hover(notice);
  pass(30_000);
  expect(screen.getByText('1 order deleted')).toBeInTheDocument();

  await user.unhover(notice);
  pass(10_000);
  expect(screen.queryByText('1 order deleted')).not.toBeInTheDocument();
});

it('stays while focus is in it, and counts on once focus leaves', async () => {
  setUp();
  act(() => void notify({ message: '2 orders deleted', durationMs: 10_000, action: { label: 'Undo', run: () => {} } }));
  expect(screen.getByRole('button', { name: 'Undo' })).toHaveFocus();

  pass(30_000);
  expect(screen.getByText('2 orders deleted')).toBeInTheDocument();

  act(() => screen.getByRole('heading', { name: 'All Orders' }).focus());
  pass(10_000);
  expect(screen.queryByText('2 orders deleted')).not.toBeInTheDocument();
});

it('gives focus back to the page heading when the focused notice is dismissed', async () => {
  const user = setUp();
  act(() => void notify({ message: '1 order deleted', action: { label: 'Undo', run: () => {} } }));
  await user.click(screen.getByRole('button', { name: 'Dismiss notice' }));
  expect(screen.queryByText('1 order deleted')).not.toBeInTheDocument();
  expect(screen.getByRole('heading', { name: 'All Orders' })).toHaveFocus();
});
