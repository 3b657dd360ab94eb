import {
  allowedActions,
  applyChanges,
  canRestore,
  deleteDecision,
  changedFields,
  cancelWindow,
  lockedChanges,
  orderTotals,
  refundEstimate,
  refundNoteIssue,
  resolveItems,
  RESTORE_REFUSED,
  shippingMethodIssue,
  validateOrderContents,
  type FieldIssue,
  type Order,
  type OrderDraft,
  type RefundRequest,
} from '@/domain';
import type {
  BulkDeleteResponse,
  OrderIdsParams,
  OrderIdsResponse,
  OrderListParams,
  OrderListResponse,
  PatchOrderBody,
  RefundRequestBody,
  RefundRequestResponse,
  RestoreResponse,
  Skipped,
} from '@/api/contract';
import { CATALOG, CATALOG_BY_ID } from '../data/catalog';
import { DEFAULT_SEED_ORDERS, seedSize } from '../data/seed';
import { OrderIndex } from '../db/order-index';
import { emptyOverlay, memoryOverlayStorage, type Overlay, type OverlayStorage } from './overlay';
import { failure, success, type Outcome } from './outcome';

export interface BackendOptions {
  seedOrders?: number;
  /** The demo's "now" when its data was seeded; recent orders are minutes before it. */
  anchorMs?: number;
  now?: () => Date;
  storage?: OverlayStorage;
  /** Called whenever the data is (re)loaded: the browser uses it to build indexes in the background. */
  onLoad?: (backend: DemoBackend) => void;
}

const NOT_FOUND = 'Order not found';

function validationFailure<T>(issues: FieldIssue[]): Outcome<T> {
  const first = issues[0];
  const message = issues.length === 1 && first ? first.message : `${issues.length} fields need attention`;
  return failure(422, 'validation', message, { issues });
}

/**
 * The demo's backend: the same rules a real one enforces, taken from src/domain, over an
 * in-memory store. It never trusts the UI.
 */
export class DemoBackend {
  private overlay!: Overlay;
  private index!: OrderIndex;
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

  private save(order: Order): void {
    this.overlay.upserts[order.id] = order;
    this.index.refresh(order.id);
    this.storage.save(this.overlay);
  }

  list(params: OrderListParams): OrderListResponse {
    const { items, total, counts } = this.index.list(params);
    return { items, total, page: params.page, pageSize: params.pageSize, counts };
  }

  ids(params: OrderIdsParams): OrderIdsResponse {
    const { ids, statuses } = this.index.matching(params);
    return { ids, statuses, total: ids.length };
  }

  get(id: string): Outcome<Order> {
    const order = this.index.get(id);
    return order ? success(order) : failure(404, 'not_found', NOT_FOUND);
  }

  products() {
    return { items: [...CATALOG] };
  }

  create(draft: OrderDraft): Outcome<Order> {
    const sequence = this.overlay.created + 1;
    const { items, issues } = resolveItems(draft.items, CATALOG_BY_ID, itemIdFactory(`c${sequence}`));
    const now = this.now().toISOString();
    const order: Order = {
      id: `ord_c${String(sequence).padStart(5, '0')}`,
      code: String(1001 + this.overlay.seedOrders + sequence - 1),
      status: 'unpaid',
      version: 1,
      createdAt: now,
      paidAt: null,
      currency: 'USD',
      customer: draft.customer,
      items,
      shippingAddress: draft.shippingAddress,
      shippingMethod: draft.shippingMethod,
      ...orderTotals(items, draft.shippingMethod),
      refundRequests: [],
    };
    const allIssues = [...issues, ...validateOrderContents(order)];
    if (allIssues.length > 0) return validationFailure(allIssues);
    const methodIssue = shippingMethodIssue(items, order.shippingAddress, order.shippingMethod);
    if (methodIssue) return failure(422, 'shipping_method_unavailable', methodIssue, { field: 'shippingMethod' });
    this.overlay.created = sequence;
    this.save(order);
    return success(order, 201);
  }

  patch(id: string, body: PatchOrderBody): Outcome<Order> {
    const order = this.index.get(id);
    if (!order) return failure(404, 'not_found', NOT_FOUND);
    if (body.version !== order.version) {
      return failure(409, 'version_conflict', 'This order changed since you opened it.', { current: order });
    }
    const { version: _version, ...changes } = body;
    const locked = lockedChanges(order, changes);
    if (locked.length > 0) {
      return failure(422, 'field_locked', `These fields can't change on this order: ${locked.join(', ')}`, {
        fields: locked,
      });
    }
    let items = null;
    if (changes.items && changedFields(order, changes).some(({ group }) => group === 'items')) {
      const resolved = resolveItems(
        changes.items,
        CATALOG_BY_ID,
        itemIdFactory(`${order.id}_v${order.version + 1}`),
        order.items,
      );
      if (resolved.issues.length > 0) return validationFailure(resolved.issues);
      items = resolved.items;
    }
    const next = applyChanges(order, changes, items);
    const issues = validateOrderContents(next);
    if (issues.length > 0) return validationFailure(issues);
    if (changes.shippingMethod !== undefined || changes.shippingAddress || changes.items) {
      const methodIssue = shippingMethodIssue(next.items, next.shippingAddress, next.shippingMethod);
      if (methodIssue) return failure(422, 'shipping_method_unavailable', methodIssue, { field: 'shippingMethod' });
    }
    const saved = { ...next, version: order.version + 1 };
    this.save(saved);
    return success(saved);
  }

  bulkDelete(ids: readonly string[]): BulkDeleteResponse {
    const deleted: string[] = [];
    const skipped: Skipped[] = [];
    for (const id of new Set(ids)) {
      const status = this.index.statusOf(id);
      if (!status) {
        skipped.push({ id, code: 'not_found', message: NOT_FOUND });
        continue;
      }
      const decision = deleteDecision({ status });
      if (decision.allowed) deleted.push(id);
      else skipped.push({ id, code: 'not_deletable', message: decision.reason });
    }
    const deletedAt = this.now().getTime();
    // Only the deletion is recorded: a seeded order can be made again from its index to restore it,
    // and an edited or created one is already among the upserts. Thousands fit in localStorage.
    for (const id of deleted) {
      this.overlay.deletions[id] = deletedAt;
      this.index.refresh(id);
    }
    this.storage.save(this.overlay);
    return { deleted, skipped };
  }

  restore(ids: readonly string[]): RestoreResponse {
    const restored: string[] = [];
    const skipped: Skipped[] = [];
    const now = this.now();
    for (const id of new Set(ids)) {
      const deletedAt = this.overlay.deletions[id];
      const order = this.overlay.upserts[id] ?? this.index.original(id);
      if (!order || deletedAt === undefined || !canRestore(deletedAt, now)) {
        skipped.push({ id, code: 'not_restorable', message: RESTORE_REFUSED });
        continue;
      }
      delete this.overlay.deletions[id];
      this.index.refresh(id);
      restored.push(id);
    }
    this.storage.save(this.overlay);
    return { restored, skipped };
  }

  cancel(id: string): Outcome<Order> {
    const order = this.index.get(id);
    if (!order) return failure(404, 'not_found', NOT_FOUND);
    const now = this.now();
    const decision = allowedActions(order, now).cancel;
    if (!decision.allowed) {
      const closed = order.status === 'unfulfilled' && !cancelWindow(order, now).open;
      return failure(409, closed ? 'cancel_window_closed' : 'not_cancellable', decision.reason);
    }
    const estimate = refundEstimate(order, now);
    if (!estimate) return failure(409, 'not_cancellable', 'This order cannot be cancelled.');
    const record: RefundRequest = {
      id: `rfr_${order.id}_cancel`,
      createdAt: now.toISOString(),
      reason: 'cancellation',
      note: 'Cancelled by the merchant within the free window.',
      itemIds: [],
      estimate,
      status: 'approved',
    };
    const cancelled: Order = {
      ...order,
      status: 'cancelled',
      version: order.version + 1,
      refundRequests: [...order.refundRequests, record],
    };
    this.save(cancelled);
    return success(cancelled);
  }

  requestRefund(id: string, body: RefundRequestBody, key: string | null): Outcome<RefundRequestResponse> {
    const trimmedKey = key?.trim();
    if (!trimmedKey) return failure(400, 'bad_request', 'Send an Idempotency-Key header with every refund request.');
    key = trimmedKey;
    const remembered = this.overlay.idempotency[`${id}:${key}`];
    if (remembered)
      return {
        ok: remembered.status < 400,
        status: remembered.status,
        body: remembered.body,
      } as Outcome<RefundRequestResponse>;
    const outcome = this.createRefundRequest(id, body);
    // Only a request that was carried out is remembered: a refused one may be corrected and resent.
    if (outcome.ok) {
      this.overlay.idempotency[`${id}:${key}`] = { status: outcome.status, body: outcome.body };
      this.storage.save(this.overlay);
    }
    return outcome;
  }

  private createRefundRequest(id: string, body: RefundRequestBody): Outcome<RefundRequestResponse> {
    const order = this.index.get(id);
    if (!order) return failure(404, 'not_found', NOT_FOUND);
    const now = this.now();
    const decision = allowedActions(order, now).refund;
    if (!decision.allowed) {
      const pending = order.refundRequests.some((r) => r.status === 'pending');
      return pending
        ? failure(409, 'refund_already_requested', decision.reason)
        : failure(422, 'refund_not_allowed', decision.reason);
    }
    const issues: FieldIssue[] = [];
    const itemIds = body.itemIds ?? [];
    const known = new Set(order.items.map((item) => item.id));
    itemIds.forEach((itemId, index) => {
      if (!known.has(itemId)) issues.push({ path: `itemIds.${index}`, message: 'This item is not on the order' });
    });
    const note = body.note?.trim() ?? '';
    const noteIssue = refundNoteIssue(body.reason, note);
    if (noteIssue) issues.push({ path: 'note', message: noteIssue });
    if (issues.length > 0) return validationFailure(issues);
    const estimate = refundEstimate(order, now, itemIds);
    if (!estimate) return failure(422, 'refund_not_allowed', 'This order cannot be refunded.');
    const request: RefundRequest = {
      id: `rfr_${order.id}_${order.refundRequests.length + 1}`,
      createdAt: now.toISOString(),
      reason: body.reason,
      note,
      itemIds,
      estimate,
      status: 'pending',
    };
    const updated: Order = { ...order, version: order.version + 1, refundRequests: [...order.refundRequests, request] };
    this.save(updated);
    return success({ request, order: updated }, 201);
  }
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function itemIdFactory(prefix: string): () => string {
  let n = 0;
  return () => {
    n += 1;
    return `itm_${prefix}_${n}`;
  };
}
