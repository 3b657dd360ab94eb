// Statistics over runs: medians, ranges, long tasks in a time span.

const sorted = (values) => [...values].sort((a, b) => a - b);
export function median(values) {
  const s = sorted(values);
  if (!s.length) return null;
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}
export function summary(values) {
  const v = values.filter((x) => typeof x === 'number' && Number.isFinite(x));
  if (!v.length) return null;
  return {
    median: round(median(v)),
    min: round(Math.min(...v)),
    max: round(Math.max(...v)),
    n: v.length,
    samples: v.map(round),
  };
}
export const round = (x, digits = 1) =>
  x === null || x === undefined ? null : Math.round(x * 10 ** digits) / 10 ** digits;

export function longTaskStats(tasks, from, to) {
  const inside = tasks.filter((t) => t.start >= from && t.start < to);
  return {
    count: inside.length,
    totalMs: round(inside.reduce((sum, t) => sum + t.duration, 0)),
    maxMs: round(inside.reduce((max, t) => Math.max(max, t.duration), 0)),
  };
}
