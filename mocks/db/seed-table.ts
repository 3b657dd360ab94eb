import { foldText, ORDER_STATUSES } from '@/domain';
import type { SortField } from '@/api/contract';
import { drawSeed, NAMES, orderCode, PLACES, seedEmail, seededHeadAt } from '../data/seed';

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
    this.statuses = new Uint8Array(count);
    this.createdMs = new Float64Array(count);
    for (let index = 0; index < count; index += 1) {
      const { status, createdMs } = seededHeadAt(index, count, anchorMs);
      this.statuses[index] = ORDER_STATUSES.indexOf(status);
      this.createdMs[index] = Math.trunc(createdMs);
    }
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
    if (field !== 'createdAt' && field !== 'status') this.fillAll();
    const valueOf: (index: number) => number =
      field === 'createdAt'
        ? (index) => (this.createdMs[index] ?? 0) - (this.anchorMs - 2 * YEAR_MS)
        : field === 'status'
          ? (index) => this.statuses[index] ?? 0
          : field === 'totalCents'
            ? (index) => this.totals[index] ?? 0
            : (index) => NAME_RANKS[this.names[index] ?? 0] ?? 0;
    const keys = new Float64Array(count);
    for (let index = 0; index < count; index += 1) keys[index] = valueOf(index) * INDEX_SPACE + index;
    keys.sort();
    const order = new Uint32Array(count);
    for (let position = 0; position < count; position += 1) order[position] = (keys[position] ?? 0) % INDEX_SPACE;
    return order;
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

const YEAR_MS = 365 * 24 * 3_600_000;
