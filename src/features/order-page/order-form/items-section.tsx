import { useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import { productDescription, TEXT_LIMITS, type FieldAccess, type Product } from '@/domain';
import { formatMoney } from '@/lib/format-number';
import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import type { OrderFormValues } from './form-values';
import { Section } from './section';

interface ItemsSectionProps {
  access: FieldAccess;
  catalog: ReadonlyMap<string, Product>;
  currency: string;
}

export function ItemsSection({ access, catalog, currency }: ItemsSectionProps) {
  const { register, control, formState } = useFormContext<OrderFormValues>();
  const { fields, append, remove } = useFieldArray({ control, name: 'items' });
  const items = useWatch({ control, name: 'items' });
  const reason = access.editable ? null : access.reason;
  const errors = formState.errors.items;
  return (
    <Section
      title="Items"
      lockedReason={reason}
      aside={
        access.editable ? (
          <Button size="sm" onClick={() => append({ productId: '', quantity: 1, personalization: '' })}>
            Add item
          </Button>
        ) : null
      }
    >
      {(reasonId) => (
        <div className="space-y-3">
          {errors?.root?.message || errors?.message ? (
            <p className="text-xs font-medium text-red-700">{errors.root?.message ?? errors.message}</p>
          ) : null}
          {fields.map((field, index) => {
            const product = catalog.get(items[index]?.productId ?? '');
            const quantity = items[index]?.quantity ?? 0;
            const lineTotal = product && Number.isFinite(quantity) ? product.priceCents * quantity : null;
            const itemErrors = errors?.[index];
            return (
              <div
                key={field.id}
                className="grid grid-cols-[minmax(0,1fr)_7rem_auto] items-start gap-3 sm:grid-cols-[minmax(0,1fr)_6rem_7rem_auto] border-b border-zinc-100 pb-3 last:border-0 last:pb-0"
              >
                <FormField
                  // On a phone the product takes its own line; quantity and totals go under it.
                  className="max-sm:col-span-full"
                  label={`Product ${index + 1}`}
                  error={itemErrors?.productId?.message}
                  lockedReason={reason}
                  lockedReasonId={reasonId}
                  hint={product ? productDescription(product) : undefined}
                >
                  {(controlProps) => (
                    <select {...controlProps} {...register(`items.${index}.productId`)}>
                      <option value="">Choose a product…</option>
                      {[...catalog.values()].map((p) => (
                        <option key={p.id} value={p.id}>
                          {p.name} — {formatMoney(p.priceCents, currency)}
                        </option>
                      ))}
                    </select>
                  )}
                </FormField>
                <FormField
                  label="Quantity"
                  error={itemErrors?.quantity?.message}
                  lockedReason={reason}
                  lockedReasonId={reasonId}
                >
                  {(controlProps) => (
                    <input
                      {...controlProps}
                      {...register(`items.${index}.quantity`, { valueAsNumber: true })}
                      type="number"
                      min={1}
                      max={999}
                      inputMode="numeric"
                    />
                  )}
                </FormField>
                <div className="space-y-1">
                  <span className="block text-xs font-medium text-zinc-700">Line total</span>
                  <span className="block h-9 pt-2 text-right text-sm font-medium tabular">
                    {lineTotal === null ? '—' : formatMoney(lineTotal, currency)}
                  </span>
                </div>
                <div className="pt-5">
                  {access.editable ? (
                    <Button
                      size="sm"
                      variant="ghost"
                      aria-label={`Remove item ${index + 1}`}
                      disabledReason={fields.length === 1 ? 'An order needs at least one item' : null}
                      onClick={() => remove(index)}
                    >
                      Remove
                    </Button>
                  ) : null}
                </div>
                {product?.kind === 'personalized' ? (
                  <FormField
                    label="Personalization"
                    className="col-span-3"
                    error={itemErrors?.personalization?.message}
                    limit={{
                      max: TEXT_LIMITS.personalization,
                      length: items[index]?.personalization.length ?? 0,
                    }}
                    lockedReason={reason}
                    lockedReasonId={reasonId}
                  >
                    {(controlProps) => (
                      <input
                        {...controlProps}
                        {...register(`items.${index}.personalization`)}
                        placeholder="Text to engrave or print"
                      />
                    )}
                  </FormField>
                ) : null}
              </div>
            );
          })}
        </div>
      )}
    </Section>
  );
}
