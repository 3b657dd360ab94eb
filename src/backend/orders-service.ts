import {
  type ActivityAction,
  type ActivityChange,
  allowedActions,
  applyChanges,
  canRestore,
  cancelWindow,
  changedFields,
  deleteDecision,
  DELETABLE_STATUSES,
  describeEdit,
  lockedChanges,
  orderTotals,
  refundEstimate,
  refundNoteIssue,
  refundRequestDetail,
  resolveItems,
  RESTORE_REFUSED,
  shippingMethodIssue,
  validateOrderContents,
  type FieldIssue,
  type LineItem,
  type Order,
  type OrderDraft,
  type RefundRequest,
} from '@/domain';
import type {
  ActivityResponse,
  BulkDeleteResponse,
  OrderIdsParams,
  OrderListParams,
  OrderListResponse,
  PatchOrderBody,
  RefundRequestBody,
  RefundRequestResponse,
  RestoreResponse,
  Skipped,
} from '@/api/contract';
import type { MatchingOrders, NewActivity, OrderPage, OrderStore, OrderWrites, TrailEntry } from './order-store';
import { failure, success, validationFailure, type Outcome } from './outcome';
import { CATALOG, CATALOG_BY_ID } from './seed/catalog';

export const MESSAGES = {
  notFound: 'Order not found',
  versionConflict: 'This order changed since you opened it.',
  idempotencyKeyMissing: 'Send an Idempotency-Key header with every refund request.',
  idempotencyKeyInvalid: 'An Idempotency-Key is 1 to 255 printable ASCII characters.',
  notCancellable: 'This order cannot be cancelled.',
  notRefundable: 'This order cannot be refunded.',
  itemNotOnOrder: 'This item is not on the order',
  cancelNote: 'Cancelled by the merchant within the free window.',
} as const;

const IDEMPOTENCY_KEY = /^[\x21-\x7e][\x20-\x7e]{0,254}$/;

const notFound = <T>() => failure<T>(404, 'not_found', MESSAGES.notFound);

/** Who is making the request, and which request it is: every write's activity names both. */
export interface RequestContext {
  actor: { id: string; name: string };
  requestId: string | null;
}

/**
 * Every operation of the orders API, once: locks, validation, version checks, idempotency, skip
 * reasons and the restore window, over whichever store holds the orders (memory for the demo,
 * PostgreSQL for the server). Each write runs in one store transaction, and records in it what it
 * did to each order, who did it, and in which request.
 */
export class OrdersService {
  constructor(
    private readonly store: OrderStore,
    private readonly context: RequestContext,
    private readonly now: () => Date = () => new Date(),
  ) {}

  private activity(
    orderId: string,
    action: ActivityAction,
    at: Date,
    extra: { changes?: ActivityChange[]; detail?: string } = {},
  ): NewActivity {
    return { orderId, ...this.trailEntry(action, at, extra) };
  }

  private trailEntry(
    action: ActivityAction,
    at: Date,
    extra: { changes?: ActivityChange[]; detail?: string } = {},
  ): TrailEntry {
    return {
      at: at.toISOString(),
      actor: this.context.actor,
      action,
      changes: extra.changes ?? [],
      detail: extra.detail ?? null,
      requestId: this.context.requestId,
    };
  }

  /** The order's trail, newest first; an order that is not the merchant's (or not current) is not found. */
  async trail(id: string): Promise<Outcome<ActivityResponse>> {
    if (!(await this.store.get(id))) return notFound();
    return success({ items: await this.store.activity(id) });
  }

  /** On the server, the page's orders and the ids stay the JSON text PostgreSQL wrote. */
  async list(params: OrderListParams) {
    return listAnswer(params, await this.store.list(params));
  }

  async ids(params: OrderIdsParams) {
    return idsAnswer(await this.store.matching(params));
  }

  async get(id: string): Promise<Outcome<Order>> {
    return orderAnswer(await this.store.get(id));
  }

  async products() {
    return { items: [...CATALOG] };
  }

  create(draft: OrderDraft): Promise<Outcome<Order>> {
    return this.store.transaction(async (tx) => {
      const { items, issues } = resolveItems(draft.items, CATALOG_BY_ID, itemIdFactory('new'));
      const order: Order = {
        id: '',
        code: '',
        status: 'unpaid',
        version: 1,
        createdAt: this.now().toISOString(),
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
      if (methodIssue) return methodUnavailable(methodIssue);
      // Numbered only once valid, so a refused order uses up no order number.
      const { id, code } = await tx.nextCreated();
      const itemId = itemIdFactory(id.replace(/^ord_/, ''));
      const created: Order = { ...order, id, code, items: items.map((item) => ({ ...item, id: itemId() })) };
      await tx.insert(created);
      await tx.recordActivity([this.activity(id, 'created', this.now())]);
      return success(created, 201);
    });
  }

  patch(id: string, body: PatchOrderBody): Promise<Outcome<Order>> {
    return this.store.transaction(async (tx) => {
      const order = await tx.getForUpdate(id);
      if (!order) return notFound();
      if (body.version !== order.version) return versionConflict(order);
      const { version: _version, ...changes } = body;
      // Nothing would change: answer the order as it is, without a new version others would trip on.
      if (changedFields(order, changes).length === 0) return success(order);
      const locked = lockedChanges(order, changes);
      if (locked.length > 0) {
        return failure(422, 'field_locked', `These fields can't change on this order: ${locked.join(', ')}`, {
          fields: locked,
        });
      }
      let items: LineItem[] | null = null;
      if (changes.items && changedFields(order, changes).some(({ group }) => group === 'items')) {
        const newIds = itemIdFactory(`${order.id}_v${order.version + 1}`);
        const resolved = resolveItems(changes.items, CATALOG_BY_ID, newIds, order.items);
        if (resolved.issues.length > 0) return validationFailure(resolved.issues);
        items = resolved.items;
      }
      const next = applyChanges(order, changes, items);
      const issues = validateOrderContents(next);
      if (issues.length > 0) return validationFailure(issues);
      if (changes.shippingMethod !== undefined || changes.shippingAddress || changes.items) {
        const methodIssue = shippingMethodIssue(next.items, next.shippingAddress, next.shippingMethod);
        if (methodIssue) return methodUnavailable(methodIssue);
      }
      const saved = await saveNextVersion(tx, order, next);
      if (saved.ok) {
        const paths = changedFields(order, changes).map(({ path }) => path);
        const changed = describeEdit(order, saved.body, paths);
        await tx.recordActivity([this.activity(id, 'edited', this.now(), { changes: changed })]);
      }
      return saved;
    });
  }

  /**
   * Deletes in one pass what the rule allows (the store picks those orders by the statuses
   * `deleteDecision` allows) and records it on their trails, then reads why each of the others
   * stays: one write per order, with no separate locking read of thousands of rows first.
   */
  bulkDelete(ids: readonly string[]): Promise<BulkDeleteResponse> {
    return this.store.transaction(async (tx) => {
      const wanted = [...new Set(ids)];
      const now = this.now();
      const removed = await tx.markDeleted(wanted, DELETABLE_STATUSES, now, this.trailEntry('deleted', now));
      const statuses = await tx.statusesForUpdate(wanted.filter((id) => !removed.has(id)));
      const deleted: string[] = [];
      const skipped: Skipped[] = [];
      for (const id of wanted) {
        if (removed.has(id)) {
          deleted.push(id);
          continue;
        }
        const status = statuses.get(id);
        const decision = status && deleteDecision({ status });
        // An order the rule allows but the delete left is one that was not current when it ran.
        if (!decision || decision.allowed) skipped.push({ id, code: 'not_found', message: MESSAGES.notFound });
        else skipped.push({ id, code: 'not_deletable', message: decision.reason });
      }
      return { deleted, skipped };
    });
  }

  restore(ids: readonly string[]): Promise<RestoreResponse> {
    return this.store.transaction(async (tx) => {
      const wanted = [...new Set(ids)];
      const deletedAt = await tx.deletedAt(wanted);
      const now = this.now();
      const restored: string[] = [];
      const skipped: Skipped[] = [];
      for (const id of wanted) {
        const at = deletedAt.get(id);
        if (at && canRestore(at.getTime(), now)) restored.push(id);
        else skipped.push({ id, code: 'not_restorable', message: RESTORE_REFUSED });
      }
      if (restored.length > 0) {
        await tx.undelete(restored);
        await tx.recordActivity(restored.map((id) => this.activity(id, 'restored', now)));
      }
      return { restored, skipped };
    });
  }

  cancel(id: string): Promise<Outcome<Order>> {
    return this.store.transaction(async (tx) => {
      const order = await tx.getForUpdate(id);
      if (!order) return notFound();
      const now = this.now();
      const decision = allowedActions(order, now).cancel;
      if (!decision.allowed) {
        const closed = order.status === 'unfulfilled' && !cancelWindow(order, now).open;
        return failure(409, closed ? 'cancel_window_closed' : 'not_cancellable', decision.reason);
      }
      const estimate = refundEstimate(order, now);
      if (!estimate) return failure(409, 'not_cancellable', MESSAGES.notCancellable);
      const record: RefundRequest = {
        id: `rfr_${order.id}_cancel`,
        createdAt: now.toISOString(),
        reason: 'cancellation',
        note: MESSAGES.cancelNote,
        itemIds: [],
        estimate,
        status: 'approved',
      };
      const saved = await saveNextVersion(tx, order, {
        ...order,
        status: 'cancelled',
        refundRequests: [...order.refundRequests, record],
      });
      if (saved.ok)
        await tx.recordActivity([this.activity(id, 'cancelled', now, { detail: refundRequestDetail(record) })]);
      return saved;
    });
  }

  /** A key that comes back gets the first answer again; a refused request is not remembered, so it can be corrected. */
  requestRefund(id: string, body: RefundRequestBody, key: string | null): Promise<Outcome<RefundRequestResponse>> {
    const trimmedKey = key?.trim();
    if (!trimmedKey) return Promise.resolve(failure(400, 'bad_request', MESSAGES.idempotencyKeyMissing));
    if (!IDEMPOTENCY_KEY.test(trimmedKey)) {
      return Promise.resolve(failure(400, 'bad_request', MESSAGES.idempotencyKeyInvalid));
    }
    return this.store.transaction(async (tx) => {
      const order = await tx.getForUpdate(id);
      if (!order) return notFound();
      const remembered = await tx.findAnswer(id, trimmedKey);
      if (remembered) {
        return {
          ok: remembered.status < 400,
          status: remembered.status,
          body: remembered.body,
        } as Outcome<RefundRequestResponse>;
      }
      const outcome = await this.createRefundRequest(tx, order, body);
      if (outcome.ok) await tx.rememberAnswer(id, trimmedKey, { status: outcome.status, body: outcome.body });
      return outcome;
    });
  }

  private async createRefundRequest(
    tx: OrderWrites,
    order: Order,
    body: RefundRequestBody,
  ): Promise<Outcome<RefundRequestResponse>> {
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
      if (!known.has(itemId)) issues.push({ path: `itemIds.${index}`, message: MESSAGES.itemNotOnOrder });
    });
    const note = body.note?.trim() ?? '';
    const noteIssue = refundNoteIssue(body.reason, note);
    if (noteIssue) issues.push({ path: 'note', message: noteIssue });
    if (issues.length > 0) return validationFailure(issues);
    const estimate = refundEstimate(order, now, itemIds);
    if (!estimate) return failure(422, 'refund_not_allowed', MESSAGES.notRefundable);
    const request: RefundRequest = {
      id: `rfr_${order.id}_${order.refundRequests.length + 1}`,
      createdAt: now.toISOString(),
      reason: body.reason,
      note,
      itemIds,
      estimate,
      status: 'pending',
    };
    const saved = await saveNextVersion(tx, order, { ...order, refundRequests: [...order.refundRequests, request] });
    if (!saved.ok) return saved;
    await tx.recordActivity([
      this.activity(order.id, 'refund_requested', now, { detail: refundRequestDetail(request) }),
    ]);
    return success({ request, order: saved.body }, 201);
  }
}

/** A page's answer, its orders as the store gave them (objects in the demo, JSON text on the server). */
export function listAnswer<P extends OrderPage>(
  params: OrderListParams,
  { items, total, counts }: P,
): Omit<OrderListResponse, 'items'> & Pick<P, 'items'> {
  return { items, total, page: params.page, pageSize: params.pageSize, counts };
}

export function idsAnswer<M extends MatchingOrders>({
  ids,
  statuses,
  total,
}: M): Pick<M, 'ids' | 'statuses' | 'total'> {
  return { ids, statuses, total };
}

export function orderAnswer(order: Order | undefined): Outcome<Order> {
  return order ? success(order) : notFound();
}

/** The version check is the store's (`UPDATE … WHERE version = n`), not only the read's. */
async function saveNextVersion(tx: OrderWrites, order: Order, next: Order): Promise<Outcome<Order>> {
  const saved: Order = { ...next, version: order.version + 1 };
  if (await tx.update(saved, order.version)) return success(saved);
  const current = await tx.getForUpdate(order.id);
  return current ? versionConflict(current) : notFound();
}

function versionConflict<T>(current: Order): Outcome<T> {
  return failure(409, 'version_conflict', MESSAGES.versionConflict, { current });
}

function methodUnavailable<T>(message: string): Outcome<T> {
  return failure(422, 'shipping_method_unavailable', message, { field: 'shippingMethod' });
}

function itemIdFactory(prefix: string): () => string {
  let n = 0;
  return () => {
    n += 1;
    return `itm_${prefix}_${n}`;
  };
}
