import { SHIPPING_LABELS, type Address, type ShippingMethod } from '@/domain';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { addressDifferences } from './form-values';

export interface AddressReview {
  before: Address;
  after: Address;
  methodBefore: ShippingMethod;
  methodAfter: ShippingMethod;
}

interface AddressReviewDialogProps {
  review: AddressReview | null;
  saving: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** A last look at a changed address (and method), old beside new: a wrong address loses the parcel. */
export function AddressReviewDialog({ review, saving, onConfirm, onCancel }: AddressReviewDialogProps) {
  const changes: { key: string; label: string; before: string; after: string }[] = review
    ? addressDifferences(review.before, review.after)
    : [];
  if (review && review.methodBefore !== review.methodAfter) {
    changes.push({
      key: 'shippingMethod',
      label: 'Shipping method',
      before: SHIPPING_LABELS[review.methodBefore],
      after: SHIPPING_LABELS[review.methodAfter],
    });
  }
  return (
    <Dialog
      open={review !== null}
      onOpenChange={(open) => {
        if (!open) onCancel();
      }}
      width="lg"
      title="Check the new shipping address"
      description="Parcels sent to a wrong address are lost. Compare before saving."
      footer={
        <>
          <Button onClick={onCancel}>Keep editing</Button>
          <Button variant="primary" busy={saving} onClick={onConfirm}>
            Confirm and save
          </Button>
        </>
      }
    >
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Shipping changes</caption>
        <thead className="text-xs text-zinc-500">
          <tr>
            <th scope="col" className="pb-2 font-medium">
              Field
            </th>
            <th scope="col" className="pb-2 font-medium">
              Before
            </th>
            <th scope="col" className="pb-2 font-medium">
              After
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-zinc-100">
          {changes.map((change) => (
            <tr key={change.key}>
              <th scope="row" className="py-2 pr-3 font-medium text-zinc-700">
                {change.label}
              </th>
              <td className="py-2 pr-3 text-zinc-500 line-through decoration-zinc-300">{change.before || '—'}</td>
              <td className="py-2 font-medium text-zinc-900">{change.after || '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Dialog>
  );
}
