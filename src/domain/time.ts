export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;

/** "1 h 12 min", "45 min", "less than a minute" — for countdowns. */
export function formatDuration(ms: number): string {
  const totalMinutes = Math.floor(ms / MINUTE_MS);
  if (totalMinutes < 1) return 'less than a minute';
  const hours = Math.floor(totalMinutes / 60);
  const minutes = totalMinutes % 60;
  if (hours === 0) return `${minutes} min`;
  return minutes === 0 ? `${hours} h` : `${hours} h ${minutes} min`;
}
