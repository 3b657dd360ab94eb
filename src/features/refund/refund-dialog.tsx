import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useId, useRef, useState, type BaseSyntheticEvent } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import {
  allowedActions,
  cancelWindow,
  formatDuration,
  REFUND_REASON_LABELS,
  REFUND_REASONS,
  refundEstimate,
  TEXT_LIMITS,
  type Order,
  type RefundReason,
} from '@/domain';
import { isApiError } from '@/api/api-error';
import type { RefundRequestResponse } from '@/api/contract';
import { useCreateRefundRequest } from '@/api/orders/create-refund-request';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { FormField } from '@/components/ui/form-field';
import { formatClock } from '@/lib/format-date';
import { useNow } from '@/lib/use-now';
import { EstimateTable } from './estimate-table';
import { forgetRefundKey, refundKeyFor } from './refund-key';
import { refundFormSchema, type RefundFormValues } from './refund-form';

interface RefundDialogProps {
  order: Order;
  initialReason?: RefundReason;
  onClose: () => void;
  onSent: (result: RefundRequestResponse) => void;
}

function failureMessage(error: unknown): string {
  if (!isApiError(error)) return 'The request could not be sent. What you entered is still here.';
  if (error.code === 'refund_already_requested') return 'A refund request for this order is already with support.';
  if (error.code === 'refund_not_allowed') return `Support can't take this request: ${error.message}`;
  if (error.code === 'validation') return error.issues[0]?.message ?? error.message;
  if (error.code === 'unauthenticated')
    return 'Your session ended before the request was sent. Sign in again, then press Confirm: what you entered is still here.';
  return `${error.message} What you entered is still here; try again.`;
}

export function RefundDialog({ order, initialReason, onClose, onSent }: RefundDialogProps) {
  const now = useNow();
  const ids = useId();
  const [idempotencyKey] = useState(() => refundKeyFor(order.id));
  const send = useCreateRefundRequest();
  const form = useForm<RefundFormValues>({
    resolver: zodResolver(refundFormSchema),
    defaultValues: { reason: initialReason ?? '', note: '', itemIds: order.items.map((item) => item.id) },
  });
  const { register, formState, control } = form;
  const itemIds = useWatch({ control, name: 'itemIds' });
  const reason = useWatch({ control, name: 'reason' });
  const note = useWatch({ control, name: 'note' });
  const decision = allowedActions(order, now).refund;
  const freeWindow = cancelWindow(order, now);
  const estimate = refundEstimate(order, now, itemIds.length > 0 ? itemIds : undefined);

  // Set before validation starts, so a double click sends one request, not two with one key.
  const sending = useRef(false);
  const submit = async (event?: BaseSyntheticEvent) => {
    event?.preventDefault();
    if (sending.current) return;
    sending.current = true;
    const valid = await form.trigger();
    const values = form.getValues();
    if (!valid || values.reason === '') {
      sending.current = false;
      return;
    }
    const everything = values.itemIds.length === order.items.length;
    send.mutate(
      {
        orderId: order.id,
        idempotencyKey,
        body: {
          reason: values.reason,
          ...(values.note.trim() ? { note: values.note.trim() } : {}),
          ...(everything ? {} : { itemIds: values.itemIds }),
        },
      },
      {
        onSuccess: (result) => {
          forgetRefundKey(order.id);
          onSent(result);
        },
        onSettled: () => {
          sending.current = false;
        },
      },
    );
  };

  const errorId = `${ids}-error`;
  // The failure takes focus: Confirm itself may change (now disabled with a reason) once the order is re-read.
  const errorRef = useRef<HTMLParagraphElement>(null);
  const failed = send.isError;
  useEffect(() => {
    if (failed) errorRef.current?.focus();
  }, [failed]);
  return (
    <Dialog
      open
      onOpenChange={(open) => {
        if (!open && !send.isPending) onClose();
      }}
      width="lg"
      title={`Refund request for order #${order.code}`}
      description="Support reviews the request and emails you. Nothing is refunded until they do."
      footer={
        <>
          {/* Beside Confirm, in the footer that never scrolls away, so the failure stays in view. */}
          {send.isError ? (
            <p
              ref={errorRef}
              id={errorId}
              tabIndex={-1}
              role="alert"
              className="basis-full rounded-md bg-red-50 px-3 py-2 text-sm text-red-900 ring-1 ring-red-600/20 ring-inset"
            >
              {failureMessage(send.error)}
            </p>
          ) : null}
          <Button onClick={onClose} disabledReason={send.isPending ? 'Sending the request…' : null}>
            Cancel
          </Button>
          <Button
            variant="primary"
            busy={send.isPending}
            aria-describedby={send.isError ? errorId : undefined}
            disabledReason={decision.allowed ? null : decision.reason}
            onClick={() => void submit()}
          >
            {send.isPending ? 'Sending…' : 'Confirm'}
          </Button>
        </>
      }
    >
      <form noValidate onSubmit={(event) => void submit(event)} className="space-y-5">
        {initialReason === 'cancellation' && decision.allowed ? (
          <p className="rounded-md bg-sky-50 px-3 py-2 text-sm text-sky-950 ring-1 ring-sky-600/20 ring-inset">
            {freeWindow.open
              ? `Free cancellation is still open, until ${formatClock(freeWindow.endsAt, now)} (${formatDuration(freeWindow.msLeft)} left): close this and choose Cancel order on the order page to cancel now with a full refund and no fee. Or send this request to support.`
              : 'Free cancellation is no longer possible for this order, so cancelling it goes to support as a refund request. The estimate below shows what you can expect back.'}
          </p>
        ) : null}
        {!decision.allowed ? (
          <p
            role="alert"
            className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-950 ring-1 ring-amber-600/30 ring-inset"
          >
            {decision.reason}
          </p>
        ) : null}
        <FormField label="Reason" error={formState.errors.reason?.message}>
          {(control) => (
            <select {...control} {...register('reason')}>
              <option value="">Choose a reason…</option>
              {REFUND_REASONS.map((value) => (
                <option key={value} value={value}>
                  {REFUND_REASON_LABELS[value]}
                </option>
              ))}
            </select>
          )}
        </FormField>

        <FormField
          label={`Note for support ${reason === 'other' ? '(required)' : '(optional)'}`}
          error={formState.errors.note?.message}
          limit={{ max: TEXT_LIMITS.refundNote, length: note.length }}
        >
          {(control) => (
            <textarea {...control} rows={3} {...register('note')} className={`${control.className} h-auto py-2`} />
          )}
        </FormField>

        {order.items.length > 1 ? (
          <fieldset
            className="space-y-1.5"
            aria-describedby={formState.errors.itemIds ? `${ids}-items-error` : undefined}
          >
            <legend className="text-xs font-medium text-zinc-700">Items the request covers</legend>
            {order.items.map((item) => (
              <label key={item.id} className="flex items-center gap-2 text-sm">
                <input type="checkbox" value={item.id} {...register('itemIds')} className="size-4 accent-accent-600" />
                {item.name}
                {item.quantity > 1 ? ` × ${item.quantity}` : ''}
                {item.kind === 'personalized' ? <span className="text-xs text-zinc-500">made to order</span> : null}
              </label>
            ))}
            {formState.errors.itemIds ? (
              <p id={`${ids}-items-error`} className="text-xs font-medium text-red-700">
                {formState.errors.itemIds.message}
              </p>
            ) : null}
          </fieldset>
        ) : null}

        <section aria-labelledby={`${ids}-estimate`} className="space-y-2">
          <h3 id={`${ids}-estimate`} className="text-sm font-semibold">
            Estimate
          </h3>
          <EstimateTable estimate={estimate} />
        </section>
      </form>
    </Dialog>
  );
}
