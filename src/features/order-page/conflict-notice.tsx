import { STATUS_LABELS, SHIPPING_LABELS, type Order } from '@/domain';
import { addressDifferences } from './order-form/form-values';

/** What changed on the server while the merchant was editing. */
export function conflictChanges(before: Order, after: Order): string[] {
  const changes: string[] = [];
  if (before.status !== after.status)
    changes.push(`Status: ${STATUS_LABELS[before.status]} → ${STATUS_LABELS[after.status]}`);
  for (const diff of addressDifferences(before.shippingAddress, after.shippingAddress)) {
    changes.push(`${diff.label}: ${diff.before || '—'} → ${diff.after || '—'}`);
  }
  if (before.shippingMethod !== after.shippingMethod) {
    changes.push(
      `Shipping method: ${SHIPPING_LABELS[before.shippingMethod]} → ${SHIPPING_LABELS[after.shippingMethod]}`,
    );
  }
  if (before.customer.email !== after.customer.email || before.customer.name !== after.customer.name)
    changes.push('Customer details');
  if (before.refundRequests.length !== after.refundRequests.length) changes.push('A refund request was added');
  return changes;
}

export function ConflictNotice({ before, after }: { before: Order; after: Order }) {
  const changes = conflictChanges(before, after);
  return (
    <div
      role="alert"
      className="rounded-lg bg-amber-50 px-4 py-3 text-sm text-amber-950 ring-1 ring-amber-600/30 ring-inset"
    >
      <p className="font-semibold">This order changed while you were editing it.</p>
      {changes.length > 0 ? (
        <ul className="mt-1 list-disc pl-5">
          {changes.map((change) => (
            <li key={change}>{change}</li>
          ))}
        </ul>
      ) : null}
      <p className="mt-1">
        {before.status !== after.status
          ? 'Its status changed, so the fields now lock as that status requires. What you typed is still in the form: check it, then save again if the order still allows it.'
          : 'What you typed is still in the form and the other changes are in place: check it, then save again.'}
      </p>
    </div>
  );
}
