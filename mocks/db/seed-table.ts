import { foldText, ORDER_STATUSES } from '@/domain';
import type { SortField } from '@/api/contract';
import { orderCode } from '@/backend/seed/seed';
import { drawSeed, NAMES, PLACES, seedEmail, seedHeads } from '@/backend/seed/seed-draws';

/** Above any seed index: a sort key packs (value, index) into one number, so typed arrays sort natively. */
const INDEX_SPACE = 2 ** 17;

/** Every distinct folded customer name, ranked: sorting by customer compares small integers. */
const FOLDED_NAMES = NAMES.map(foldText);
const NAME_RANKS: readonly number[] = (() => {
  const distinct = [...new Set(FOLDED_NAMES)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const rank = new Map(distinct.map((name, position) => [name, position]));
  return FOLDED_NAMES.map((name) => rank.get(name) ?? 0);
})();
const FOLDED_PLACES = PLACES.map((place) => [place.city, place.region, place.country, place.postalCode].map(foldText));

/**
 * The seed as columns of numbers. Status and creation time come first (two draws per order), enough
 * for the default view; totals, names and places follow in a second pass that can run in steps.
 * Sorting and searching 100,000 seeded orders reads these arrays and never builds an order.
 */
export class SeedTable {
  readonly statuses: Uint8Array;
  /** Whole milliseconds, as the order's ISO date has them. */
  readonly createdMs: Float64Array;
  /** Seeded orders per status rank. */
  readonly statusCounts: readonly number[];
  /** Seeded newest first, strictly: true unless two orders share a millisecond. */
  private readonly indexOrderIsNewestFirst: boolean;
  private readonly totals: Float64Array;
  private readonly names: Uint16Array;
  private readonly places: Uint8Array;
  private filled = 0;
  private readonly ascending: Partial<Record<SortField, Uint32Array>> = {};

  constructor(
    readonly count: number,
    readonly anchorMs: number,
  ) {
    if (count > INDEX_SPACE) throw new Error(`The seed is limited to ${INDEX_SPACE} orders`);
    if (NAMES.length > 0xffff || PLACES.length > 0xff)
      throw new Error('More seed names or places than their columns hold');
    this.statuses = new Uint8Array(count);
    this.createdMs = new Float64Array(count);
    seedHeads(count, anchorMs, this.statuses, this.createdMs);
    const counts = ORDER_STATUSES.map(() => 0);
    let newestFirst = true;
    for (let index = 0; index < count; index += 1) {
      counts[this.statuses[index] ?? 0]! += 1;
      if (index > 0 && (this.createdMs[index] ?? 0) >= (this.createdMs[index - 1] ?? 0)) newestFirst = false;
    }
    this.statusCounts = counts;
    this.indexOrderIsNewestFirst = newestFirst;
    this.totals = new Float64Array(count);
    this.names = new Uint16Array(count);
    this.places = new Uint8Array(count);
  }

  /** True when totals, names and places are known for every order. */
  get complete(): boolean {
    return this.filled >= this.count;
  }

  /** Runs the second pass for up to `budgetMs`; true when it is done. */
  fillSome(budgetMs = Number.POSITIVE_INFINITY): boolean {
    const started = performance.now();
    const { count, anchorMs } = this;
    while (this.filled < count) {
      const index = this.filled;
      const draw = drawSeed(index, count, anchorMs);
      this.totals[index] = draw.totalCents;
      this.names[index] = draw.nameIndex;
      this.places[index] = draw.placeIndex;
      this.filled += 1;
      if ((this.filled & 1023) === 0 && performance.now() - started > budgetMs) break;
    }
    return this.complete;
  }

  private fillAll(): void {
    if (!this.complete) this.fillSome();
  }

  totalAt(index: number): number {
    this.fillAll();
    return this.totals[index] ?? 0;
  }

  customerKeyAt(index: number): string {
    this.fillAll();
    return FOLDED_NAMES[this.names[index] ?? 0] ?? '';
  }

  /** Seed indexes in ascending order of `field`, ties in id order (which is index order). */
  sorted(field: SortField): Uint32Array {
    let order = this.ascending[field];
    if (!order) {
      order = this.sort(field);
      this.ascending[field] = order;
    }
    return order;
  }

  private sort(field: SortField): Uint32Array {
    const { count } = this;
    if (field === 'createdAt') {
      if (this.indexOrderIsNewestFirst) {
        const oldestFirst = new Uint32Array(count);
        for (let position = 0; position < count; position += 1) oldestFirst[position] = count - 1 - position;
        return oldestFirst;
      }
      // Relative to two years before the anchor, so (time, index) still fits a double exactly.
      const since = this.anchorMs - 2 * 365 * 24 * 3_600_000;
      const times = this.createdMs.map((ms) => ms - since);
      if (times.some((time) => time < 0 || time * INDEX_SPACE >= Number.MAX_SAFE_INTEGER))
        throw new Error('Seeded orders span more than two years');
      return sortByKey(times);
    }
    if (field === 'status') return sortByRank(this.statuses, ORDER_STATUSES.length);
    this.fillAll();
    if (field === 'customer') {
      const ranks = new Uint16Array(count);
      for (let index = 0; index < count; index += 1) ranks[index] = NAME_RANKS[this.names[index] ?? 0] ?? 0;
      return sortByRank(ranks, NAME_RANKS.length);
    }
    // Seeded totals are whole cents under a few thousand dollars: few enough to count.
    let highest = 0;
    for (let index = 0; index < count; index += 1) highest = Math.max(highest, this.totals[index] ?? 0);
    return highest < 2 ** 22 ? sortByRank(this.totals, highest + 1) : sortByKey(this.totals);
  }

  /** Builds the sort orders ahead of the first request that needs them. */
  warm(field: SortField): void {
    this.sorted(field);
  }

  private codeColumn: string[] | null = null;

  private codes(): string[] {
    this.codeColumn ??= Array.from({ length: this.count }, (_, index) => orderCode(this.count - 1 - index));
    return this.codeColumn;
  }

  /**
   * Whether the seeded order at an index matches a folded search, as its search text would: its
   * code, "#code", name, email and address name, city, region, country and postal code.
   */
  matcher(needle: string): (index: number) => boolean {
    this.fillAll();
    const names = FOLDED_NAMES.map((name) => name.includes(needle));
    const places = FOLDED_PLACES.map((parts) => parts.some((part) => part.includes(needle)));
    const mayBeCode = /^#?\d*$/.test(needle);
    const mayBeEmail = /^[a-z0-9.@]+$/.test(needle);
    const hashed = needle.startsWith('#');
    const digits = hashed ? needle.slice(1) : needle;
    const codes = mayBeCode ? this.codes() : [];
    return (index) => {
      const name = this.names[index] ?? 0;
      if (names[name] || places[this.places[index] ?? 0]) return true;
      if (mayBeCode) {
        const code = codes[index] as string;
        // "#1234" holds "#12" only at its start.
        if (hashed ? code.startsWith(digits) : code.includes(needle)) return true;
      }
      return mayBeEmail && seedEmail(name, index).includes(needle);
    };
  }
}

/** Indexes in ascending order of a small whole-number rank, equal ranks in index order: one counting pass. */
function sortByRank(ranks: ArrayLike<number>, rankCount: number): Uint32Array {
  const starts = new Uint32Array(rankCount + 1);
  for (let index = 0; index < ranks.length; index += 1) starts[(ranks[index] ?? 0) + 1]! += 1;
  for (let rank = 1; rank <= rankCount; rank += 1) starts[rank]! += starts[rank - 1] ?? 0;
  const order = new Uint32Array(ranks.length);
  for (let index = 0; index < ranks.length; index += 1) order[starts[ranks[index] ?? 0]!++] = index;
  return order;
}

/** Indexes in ascending order of a value, equal values in index order: (value, index) packed into one number, sorted natively. */
function sortByKey(values: Float64Array): Uint32Array {
  const keys = new Float64Array(values.length);
  for (let index = 0; index < values.length; index += 1) keys[index] = (values[index] ?? 0) * INDEX_SPACE + index;
  keys.sort();
  const order = new Uint32Array(values.length);
  for (let position = 0; position < order.length; position += 1) order[position] = (keys[position] ?? 0) % INDEX_SPACE;
  return order;
}
