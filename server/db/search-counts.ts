import type { StatusCounts } from '@/api/contract';

/** A search's counts per status, and the store's search version they were counted at (migration 0004). */
export interface CountedSearch {
  version: number;
  counts: StatusCounts;
}

/**
 * The counts of the searches a server process answered lately, at most `limit` of them, the least
 * recently used going first. An entry is only ever used when the database says the store's search
 * version is still the one it was counted at (SqlOrderStore.list), so every process may keep its
 * own and none can answer a count that is out of date.
 */
export class SearchCounts {
  private readonly entries = new Map<string, CountedSearch>();

  constructor(private readonly limit = 10_000) {}

  get(merchantId: string, needle: string): CountedSearch | undefined {
    const key = keyOf(merchantId, needle);
    const entry = this.entries.get(key);
    if (entry) {
      this.entries.delete(key);
      this.entries.set(key, entry);
    }
    return entry;
  }

  set(merchantId: string, needle: string, entry: CountedSearch): void {
    const key = keyOf(merchantId, needle);
    this.entries.delete(key);
    this.entries.set(key, entry);
    if (this.entries.size > this.limit) this.entries.delete(this.entries.keys().next().value as string);
  }
}

// A store id never holds a NUL (they are made by the server), so the key can't be made two ways.
const keyOf = (merchantId: string, needle: string) => `${merchantId}\u0000${needle}`;
