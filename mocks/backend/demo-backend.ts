import type { Order } from '@/domain';
import type { OrderIdsParams, OrderIdsResponse, OrderListParams, OrderListResponse } from '@/api/contract';
import { idsAnswer, listAnswer, orderAnswer, OrdersService } from '@/backend/orders-service';
import type { Outcome } from '@/backend/outcome';
import type { BackendApi } from './backend-api';
import { DEFAULT_SEED_ORDERS, seedSize } from '@/backend/seed/seed';
import { MemoryOrderStore, WriteQueue } from '../db/memory-order-store';
import { OrderIndex } from '../db/order-index';
import { emptyOverlay, memoryOverlayStorage, type Overlay, type OverlayStorage } from './overlay';

export interface BackendOptions {
  seedOrders?: number;
  /** The demo's "now" when its data was seeded; recent orders are minutes before it. */
  anchorMs?: number;
  now?: () => Date;
  storage?: OverlayStorage;
  /** Called whenever the data is (re)loaded: the browser uses it to build indexes in the background. */
  onLoad?: (backend: DemoBackend) => void;
}

/**
 * The demo's backend: the same operations as the server (src/backend/orders-service.ts) over the
 * seed's columns in memory, with the merchant's changes kept in `storage`. It never trusts the UI.
 */
export class DemoBackend {
  private overlay!: Overlay;
  private index!: OrderIndex;
  private service!: OrdersService;
  private readonly writes = new WriteQueue();
  private readonly now: () => Date;
  private readonly storage: OverlayStorage;
  private readonly onLoad: ((backend: DemoBackend) => void) | undefined;

  constructor(options: BackendOptions = {}) {
    this.now = options.now ?? (() => new Date());
    this.onLoad = options.onLoad;
    this.storage = options.storage ?? memoryOverlayStorage();
    const saved = this.storage.load();
    const wanted = options.seedOrders;
    if (saved && (wanted === undefined || wanted === saved.seedOrders)) this.load(saved);
    else this.load(emptyOverlay(wanted ?? DEFAULT_SEED_ORDERS, options.anchorMs ?? this.now().getTime()));
  }

  private load(overlay: Overlay): void {
    this.overlay = overlay;
    // Another tab's save changes only the overlay: the seed's columns stay as they are.
    this.index = new OrderIndex(overlay, seedSize(overlay.seedOrders), this.index?.seed);
    this.storage.save(overlay);
    const persist = () => this.storage.save(this.overlay);
    this.service = new OrdersService(new MemoryOrderStore(overlay, this.index, persist, this.writes), this.now);
    this.onLoad?.(this);
  }

  /**
   * Reads the rest of the seed into columns and sorts it, in small steps between other work, so
   * the first sort or search does not have to. Every answer is right without it, only slower.
   */
  async prepareInBackground(yieldToPage: () => Promise<void> = nextTask, stepMs = 20): Promise<void> {
    const { seed } = this.index;
    const current = () => this.index.seed === seed;
    while (current() && !seed.fillSome(stepMs)) await yieldToPage();
    for (const field of ['totalCents', 'customer', 'status'] as const) {
      await yieldToPage();
      if (current()) seed.warm(field);
    }
  }

  /** Takes up changes another tab saved (the demo's stand-in for a shared server). */
  reloadFromStorage(): void {
    const saved = this.storage.load();
    if (saved) this.load(saved);
  }

  get seedCount(): number {
    return this.overlay.seedOrders;
  }

  /** Back to the seed: every change forgotten, recent orders recent again. */
  reset(seedCount = this.overlay.seedOrders): number {
    this.storage.clear();
    this.load(emptyOverlay(seedCount, this.now().getTime()));
    return seedCount;
  }

  /** The operations as requests reach them (the MSW handlers call these), and "Reset demo data". */
  readonly api: BackendApi = {
    list: (params) => this.service.list(params),
    ids: (params) => this.service.ids(params),
    get: (id) => this.service.get(id),
    products: () => this.service.products(),
    create: (draft) => this.service.create(draft),
    patch: (id, body) => this.service.patch(id, body),
    bulkDelete: (ids) => this.service.bulkDelete(ids),
    restore: (ids) => this.service.restore(ids),
    cancel: (id) => this.service.cancel(id),
    requestRefund: (id, body, key) => this.service.requestRefund(id, body, key),
    reset: async (seedCount) => this.reset(seedCount),
  };

  /** A page as the demo holds it now, read at once: for tests choosing subjects and checking results. */
  list(params: OrderListParams): OrderListResponse {
    return listAnswer(params, this.index.list(params));
  }

  ids(params: OrderIdsParams): OrderIdsResponse {
    return idsAnswer(this.index.matching(params));
  }

  get(id: string): Outcome<Order> {
    return orderAnswer(this.index.get(id));
  }
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
