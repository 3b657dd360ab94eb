import { zodResolver } from '@hookform/resolvers/zod';
import { useBlocker } from '@tanstack/react-router';
import { useEffect, useMemo, useRef, useState, type BaseSyntheticEvent, type ReactNode } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { editableFields, readOnlyReason, type FieldIssue, type Order, type Product } from '@/domain';
import { Button } from '@/components/ui/button';
import { notify } from '@/stores/notices';
import { AddressReviewDialog } from './address-review-dialog';
import { AddressSection } from './address-section';
import { DraftBanner } from './draft-banner';
import { CustomerSection } from './customer-section';
import {
  addressDifferences,
  emptyFormValues,
  formValuesFrom,
  orderFormSchema,
  type OrderFormValues,
} from './form-values';
import { ItemsSection } from './items-section';
import { LeaveWithoutSavingDialog } from './leave-without-saving-dialog';
import { ShippingMethodSection } from './shipping-method-section';
import { TotalsSummary } from './totals-summary';
import { discardDraft } from './draft-storage';
import { isFormField } from './field-paths';
import { useDraft } from './use-draft';

const NOTHING_TO_SAVE = 'Nothing to save: you have not changed anything yet.';

export type SaveOutcome =
  { ok: true; saved: Order } | { ok: false; message: string; issues: FieldIssue[]; retryable: boolean };

interface OrderFormProps {
  /** The order as last read from the server; null when creating. */
  order: Order | null;
  products: readonly Product[];
  submitLabel: string;
  onSave: (values: OrderFormValues) => Promise<SaveOutcome>;
  /** Shown above the form (a conflict, say). */
  notice?: ReactNode;
  aside?: ReactNode;
}

/** One form for creating and editing: fields lock by status, the rules explain themselves. */
export function OrderForm({ order, products, submitLabel, onSave, notice, aside }: OrderFormProps) {
  const catalog = useMemo(() => new Map(products.map((p) => [p.id, p])), [products]);
  const schema = useMemo(() => orderFormSchema(catalog, order), [catalog, order]);
  const form = useForm<OrderFormValues>({
    resolver: zodResolver(schema),
    defaultValues: order ? formValuesFrom(order) : emptyFormValues(),
    mode: 'onTouched',
  });
  const { handleSubmit, setError, reset, formState } = form;
  const draftKey = order?.id ?? 'new';

  // When the server's copy moves on (a conflict, a save), fields the merchant didn't touch take the
  // new values and what they typed stays, so a second Save can't undo someone else's change.
  const seenVersion = useRef(order?.version);
  useEffect(() => {
    if (!order || seenVersion.current === order.version) return;
    seenVersion.current = order.version;
    reset(formValuesFrom(order), { keepDirtyValues: true });
  }, [order, reset]);

  const draft = useDraft(draftKey, form);
  const [failure, setFailure] = useState<string | null>(null);
  const [retryable, setRetryable] = useState(false);
  const [review, setReview] = useState<OrderFormValues | null>(null);
  const [saving, setSaving] = useState(false);
  // From Save to the answer, before React re-renders the button as busy: one press, one request.
  const inFlight = useRef(false);
  const failureRef = useRef<HTMLDivElement>(null);
  const [failuresToFocus, setFailuresToFocus] = useState(0);
  useEffect(() => {
    if (failuresToFocus > 0) failureRef.current?.focus();
  }, [failuresToFocus]);
  const unchanged = order !== null && !formState.isDirty;
  const access = order ? editableFields(order) : editableFields({ status: 'unpaid' });
  const lockedOut = order ? readOnlyReason(order) : null;
  const currency = order?.currency ?? 'USD';

  const blocker = useBlocker({
    // Opening the refund dialog (a child route) keeps the form, so it doesn't count as leaving.
    shouldBlockFn: ({ next }) =>
      formState.isDirty && !saving && !(order !== null && next.pathname.startsWith(`/orders/${order.id}`)),
    enableBeforeUnload: () => formState.isDirty,
    withResolver: true,
  });

  const save = async (values: OrderFormValues) => {
    setReview(null);
    setSaving(true);
    setFailure(null);
    let outcome: SaveOutcome;
    try {
      outcome = await onSave(values);
    } finally {
      setSaving(false);
    }
    if (outcome.ok) {
      draft.clear();
      reset(formValuesFrom(outcome.saved));
      return;
    }
    setFailure(outcome.message);
    setRetryable(outcome.retryable);
    for (const issue of outcome.issues) {
      if (isFormField(values, issue.path)) {
        setError(issue.path, { type: 'server', message: issue.message }, { shouldFocus: true });
      }
    }
    // Shown beside Save; with no field to point at, focus goes to it so it is seen and read.
    if (outcome.issues.length === 0) setFailuresToFocus((count) => count + 1);
  };

  const validateAndSave = handleSubmit((values) => {
    if (
      order &&
      access.address.editable &&
      addressDifferences(order.shippingAddress, values.shippingAddress).length > 0
    ) {
      setReview(values);
      return;
    }
    return save(values);
  });
  const once = async (work: () => Promise<void>) => {
    if (inFlight.current) return;
    inFlight.current = true;
    try {
      await work();
    } finally {
      inFlight.current = false;
    }
  };
  const submit = (event?: BaseSyntheticEvent) => {
    event?.preventDefault();
    if (unchanged) {
      notify({ tone: 'info', message: NOTHING_TO_SAVE });
      return;
    }
    void once(() => validateAndSave(event));
  };

  return (
    <FormProvider {...form}>
      <form noValidate onSubmit={submit} aria-label={order ? `Order #${order.code}` : 'New order'}>
        <div className="grid gap-5 lg:grid-cols-[minmax(0,1fr)_20rem]">
          <div className="space-y-5">
            {notice}
            {draft.restored ? (
              <DraftBanner
                onDiscard={() => draft.discard(order ? formValuesFrom(order) : emptyFormValues())}
                onDismiss={draft.dismissRestored}
              />
            ) : null}
            <CustomerSection access={access.customer} />
            <ItemsSection access={access.items} catalog={catalog} currency={currency} />
            <AddressSection access={access} />
            <ShippingMethodSection
              access={access.shippingMethod}
              catalog={catalog}
              currency={currency}
              paid={order !== null && order.status !== 'unpaid'}
            />
          </div>
          <aside className="space-y-5 self-start lg:sticky lg:top-6">
            <TotalsSummary order={order} catalog={catalog} currency={currency} />
            {lockedOut ? null : (
              <div className="flex flex-col gap-2">
                {failure ? (
                  <div
                    ref={failureRef}
                    tabIndex={-1}
                    role="alert"
                    className="flex items-start justify-between gap-3 rounded-lg bg-red-50 px-4 py-3 text-sm text-red-900 ring-1 ring-red-600/20 ring-inset"
                  >
                    <p>{failure}</p>
                    {retryable ? (
                      <Button size="sm" onClick={() => submit()}>
                        Try again
                      </Button>
                    ) : null}
                  </div>
                ) : null}
                <Button type="submit" variant="primary" busy={saving}>
                  {saving ? 'Saving…' : submitLabel}
                </Button>
                <p className="text-xs text-zinc-500" aria-live="polite">
                  {formState.isDirty ? 'You have unsaved changes.' : 'No unsaved changes.'}
                </p>
              </div>
            )}
            {aside}
          </aside>
        </div>
      </form>
      <AddressReviewDialog
        review={
          review && order
            ? {
                before: order.shippingAddress,
                after: review.shippingAddress,
                methodBefore: order.shippingMethod,
                methodAfter: review.shippingMethod,
              }
            : null
        }
        saving={saving}
        onConfirm={() => review && void once(() => save(review))}
        onCancel={() => setReview(null)}
      />
      <LeaveWithoutSavingDialog
        open={blocker.status === 'blocked'}
        onStay={() => blocker.reset?.()}
        onLeave={() => {
          discardDraft(draftKey);
          blocker.proceed?.();
        }}
      />
    </FormProvider>
  );
}
