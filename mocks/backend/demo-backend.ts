import type { Order } from '@/domain';
import type { OrderIdsParams, OrderIdsResponse, OrderListParams, OrderListResponse } from '@/api/contract';
import { idsAnswer, listAnswer, orderAnswer, OrdersService, type RequestContext } from '@/backend/orders-service';
import { SessionService } from '@/backend/session-service';
import { DEMO_USER } from '@/backend/demo-store';
import type { Outcome } from '@/backend/outcome';
import { ordersFor, type BackendApi } from './backend-api';
import { DEFAULT_SEED_ORDERS, seedSize } from '@/backend/seed/seed';
import { demoSecrets, MemoryAccountStore } from '../db/memory-account-store';
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
  private store!: MemoryOrderStore;
  private readonly sessions: SessionService;
  private readonly writes = new WriteQueue();
  private readonly now: () => Date;
  private readonly storage: OverlayStorage;
  private readonly onLoad: ((backend: DemoBackend) => void) | undefined;

  constructor(options: BackendOptions = {}) {
    this.now = options.now ?? (() => new Date());
    this.onLoad = options.onLoad;
    this.storage = options.storage ?? memoryOverlayStorage();
    const accounts = new MemoryAccountStore(
      () => this.overlay,
      () => this.storage.save(this.overlay),
    );
    this.sessions = new SessionService(accounts, demoSecrets, this.now);
    const saved = this.storage.load();
    const wanted = options.seedOrders;
    if (saved && (wanted === undefined || wanted === saved.seedOrders)) this.load(saved);
    else {
      const now = this.now().getTime();
      this.load(emptyOverlay(wanted ?? DEFAULT_SEED_ORDERS, options.anchorMs ?? now, now));
    }
  }

  private load(overlay: Overlay): void {
    this.overlay = overlay;
    // Another tab's save changes only the overlay: the seed's columns stay as they are.
    this.index = new OrderIndex(overlay, seedSize(overlay.seedOrders), this.index?.seed);
    this.storage.save(overlay);
    const persist = () => this.storage.save(this.overlay);
    this.store = new MemoryOrderStore(overlay, this.index, persist, this.writes);
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
    // The orders start over; whoever is signed in stays signed in (and the demo user's first session opens again).
    const { sessions } = this.overlay;
    const fresh = emptyOverlay(seedCount, this.now().getTime());
    this.storage.clear();
    this.load({ ...fresh, sessions: { ...sessions, ...fresh.sessions } });
    return seedCount;
  }

  private service(context: RequestContext): OrdersService {
    return new OrdersService(this.store, context, this.now);
  }

  /** The operations as requests reach them (the MSW handlers call these, with each request's context). */
  readonly serve: BackendApi = {
    list: (context, params) => this.service(context).list(params),
    ids: (context, params) => this.service(context).ids(params),
    get: (context, id) => this.service(context).get(id),
    trail: (context, id) => this.service(context).trail(id),
    products: (context) => this.service(context).products(),
    create: (context, draft) => this.service(context).create(draft),
    patch: (context, id, body) => this.service(context).patch(id, body),
    bulkDelete: (context, ids) => this.service(context).bulkDelete(ids),
    restore: (context, ids) => this.service(context).restore(ids),
    cancel: (context, id) => this.service(context).cancel(id),
    requestRefund: (context, id, body, key) => this.service(context).requestRefund(id, body, key),
    signIn: (body, address) => this.sessions.signIn(body, address),
    authenticate: (cookie) => this.sessions.authenticate(cookie),
    signOut: (cookie) => this.sessions.signOut(cookie),
    reset: async (seedCount) => this.reset(seedCount),
  };

  /** The operations as the demo's user makes them, for tests that set the scene without HTTP. */
  readonly api = ordersFor(this.serve, DEMO_CONTEXT);

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

const DEMO_CONTEXT: RequestContext = { actor: { id: DEMO_USER.id, name: DEMO_USER.name }, requestId: null };

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
