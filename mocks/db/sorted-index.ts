/**
 * Orders kept sorted by one comparator, updated in O(log n) search + one splice, so sorting
 * 100,000 orders costs nothing per request. The comparator must be a total order.
 */
export class SortedIndex<T> {
  private items: T[] = [];

  constructor(private readonly compare: (a: T, b: T) => number) {}

  build(items: readonly T[]): void {
    this.items = [...items].sort(this.compare);
  }

  /** Takes items already in order; checks it, and sorts only if they were not. */
  buildSorted(items: T[]): void {
    for (let i = 1; i < items.length; i += 1) {
      if (this.compare(items[i - 1] as T, items[i] as T) > 0) {
        this.items = items.sort(this.compare);
        return;
      }
    }
    this.items = items;
  }

  get values(): readonly T[] {
    return this.items;
  }

  private position(item: T): number {
    let low = 0;
    let high = this.items.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.compare(this.items[mid] as T, item) < 0) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  insert(item: T): void {
    this.items.splice(this.position(item), 0, item);
  }

  remove(item: T): void {
    const at = this.position(item);
    if (this.items[at] === item) this.items.splice(at, 1);
    else {
      const fallback = this.items.indexOf(item);
      if (fallback >= 0) this.items.splice(fallback, 1);
    }
  }

  /** Removes many at once in one pass (bulk delete of thousands). */
  removeAll(items: ReadonlySet<T>): void {
    this.items = this.items.filter((item) => !items.has(item));
  }
}
