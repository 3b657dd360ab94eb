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

/** The targets the README states, each with its value and whether it was met. */
export function evaluateTargets(sizes, figures, js) {
  const largest = Math.max(...sizes);
  const targets = [];
  const small = Math.min(...sizes);
  if (figures[largest].load && figures[small].load && largest !== small) {
    const limit = figures[small].load.median * 1.2;
    targets.push({
      metric: 'load',
      size: largest,
      pass: figures[largest].load.median <= limit,
      text: `≤ 1.2× load@${fmtInt(small)} = ${fmtMs(limit)}`,
      value: figures[largest].load.median,
      limit: round(limit),
    });
  }
  for (const key of INTERACTIONS) {
    const s = figures[largest][key];
    if (s)
      targets.push({ metric: key, size: largest, pass: s.median < 100, text: '< 100 ms', value: s.median, limit: 100 });
  }
  targets.push({
    metric: 'js',
    size: null,
    pass: js.prodEntry < 150 * 1024,
    text: '< 150 KB',
    value: js.prodEntry,
    limit: 150 * 1024,
  });
  for (const size of sizes) {
    const s = figures[size].longestTaskAfterLoad;
    if (s)
      targets.push({
        metric: 'longTaskAfterLoad',
        size,
        pass: s.max <= 200,
        text: '≤ 200 ms',
        value: s.max,
        limit: 200,
      });
  }

  return targets;
}
