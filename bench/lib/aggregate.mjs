// From raw runs to figures: medians per size, ratios to the floor, and the informational targets.
import { fmtInt, fmtMs, INTERACTIONS, METRICS } from './report.mjs';
import { median, round, summary } from './stats.mjs';

/** Medians (and ranges) per size and figure, for the app and for the floor page. */
export function aggregate(sizes, app, floorRuns) {
  const figures = {};
  const floor = {};
  for (const size of sizes) {
    const runs = app[size];
    const breakdownKeys = [
      'htmlResponseEnd',
      'entryJsEnd',
      'jsLoadedEnd',
      'firstApiRequestStart',
      'firstApiResponseStart',
      'firstApiResponseEnd',
      'firstRow',
    ];
    figures[size] = {
      load: summary(runs.map((r) => r.load)),
      ...Object.fromEntries(METRICS.slice(1).map((m) => [m.key, summary(runs.map((r) => r.steps[m.key]?.ms))])),
      selectAllCount: runs.find((r) => r.steps.selectAll)?.steps.selectAll.count ?? null,
      stepBreakdown: Object.fromEntries(
        INTERACTIONS.map((k) => [
          k,
          {
            apiSent: round(median(runs.map((r) => r.steps[k]?.apiSent).filter((x) => x != null))),
            apiBack: round(median(runs.map((r) => r.steps[k]?.apiBack).filter((x) => x != null))),
            apiWait: round(median(runs.map((r) => r.steps[k]?.apiWait).filter((x) => x != null))),
            apiKB: round(median(runs.map((r) => r.steps[k]?.apiBytes / 1024).filter((x) => Number.isFinite(x)))),
            done: round(median(runs.map((r) => r.steps[k]?.ms).filter((x) => x != null))),
          },
        ]),
      ),
      breakdown: Object.fromEntries(
        breakdownKeys.map((k) => [k, round(median(runs.map((r) => r.breakdown?.[k]).filter((x) => x != null)) ?? NaN)]),
      ),
      heapUsedMB: summary(runs.map((r) => r.heapUsedMB)),
      heapAfterGcMB: summary(runs.map((r) => r.heapAfterGcMB)),
      longTaskCountLoad: summary(runs.map((r) => r.longTasksLoad?.count)),
      longTaskMsLoad: summary(runs.map((r) => r.longTasksLoad?.totalMs)),
      longestTaskLoad: summary(runs.map((r) => r.longTasksLoad?.maxMs)),
      longestTaskAfterLoad: summary(runs.map((r) => r.longestTaskAfterLoadMs)),
    };
    const f = floorRuns[size];
    floor[size] = {
      load: summary(f.map((r) => r.load)),
      nextPage: summary(f.map((r) => r.nextPage)),
      heapAfterGcMB: summary(f.map((r) => r.heapAfterGcMB)),
      longTaskMsLoad: summary(f.map((r) => r.longTasksLoad.totalMs)),
    };
  }
  const ratios = {};
  for (const size of sizes) {
    ratios[size] = {};
    for (const m of METRICS) {
      const a = figures[size][m.key]?.median;
      const b = floor[size][m.floor]?.median;
      ratios[size][m.key] = a && b ? round(a / b, 2) : null;
    }
    const ha = figures[size].heapAfterGcMB?.median;
    const hb = floor[size].heapAfterGcMB?.median;
    ratios[size].heapAfterGc = ha && hb ? round(ha / hb, 2) : null;
  }

  return { figures, floor, ratios };
}

/**
 * The targets, per mode. The demo's: load at the largest size within 1.2× of the smallest, each
 * interaction under 100 ms at the largest, All Orders' JS without the mock under 150 KB, no long
 * task over 200 ms after load. Against the server: within 1.1×, each interaction at most 50 ms,
 * first-load JS at most 150 KB (long tasks are shown, not judged).
 */
export const GOALS = {
  demo: {
    loadRatio: 1.2,
    interactionMs: 100,
    interactionInclusive: false,
    jsKB: 150,
    jsInclusive: false,
    longTaskMs: 200,
  },
  server: {
    loadRatio: 1.1,
    interactionMs: 50,
    interactionInclusive: true,
    jsKB: 150,
    jsInclusive: true,
    longTaskMs: null,
  },
};

const within = (value, limit, inclusive) => (inclusive ? value <= limit : value < limit);
export const limitText = (limit, inclusive, unit) => `${inclusive ? '≤' : '<'} ${limit} ${unit}`;

/** The targets the README states, each with its value and whether it was met. */
export function evaluateTargets(sizes, figures, goals, jsValue) {
  const largest = Math.max(...sizes);
  const targets = [];
  const small = Math.min(...sizes);
  if (figures[largest].load && figures[small].load && largest !== small) {
    const limit = figures[small].load.median * goals.loadRatio;
    targets.push({
      metric: 'load',
      size: largest,
      pass: figures[largest].load.median <= limit,
      text: `≤ ${goals.loadRatio}× load@${fmtInt(small)} = ${fmtMs(limit)}`,
      value: figures[largest].load.median,
      limit: round(limit),
    });
  }
  for (const key of INTERACTIONS) {
    const s = figures[largest][key];
    if (s)
      targets.push({
        metric: key,
        size: largest,
        pass: within(s.median, goals.interactionMs, goals.interactionInclusive),
        text: limitText(goals.interactionMs, goals.interactionInclusive, 'ms'),
        value: s.median,
        limit: goals.interactionMs,
      });
  }
  targets.push({
    metric: 'js',
    size: null,
    pass: within(jsValue, goals.jsKB * 1024, goals.jsInclusive),
    text: limitText(goals.jsKB, goals.jsInclusive, 'KB'),
    value: jsValue,
    limit: goals.jsKB * 1024,
  });
  for (const size of goals.longTaskMs === null ? [] : sizes) {
    const s = figures[size].longestTaskAfterLoad;
    if (s)
      targets.push({
        metric: 'longTaskAfterLoad',
        size,
        pass: s.max <= goals.longTaskMs,
        text: `≤ ${goals.longTaskMs} ms`,
        value: s.max,
        limit: goals.longTaskMs,
      });
  }

  return targets;
}
