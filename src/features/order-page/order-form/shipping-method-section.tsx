import { useFormContext, useWatch } from 'react-hook-form';
import {
  availableShippingMethods,
  chosenLines,
  DELIVERY_TIMES,
  FREE_SHIPPING_CHANGES,
  SHIPPING_LABELS,
  SHIPPING_METHODS,
  SHIPPING_RATES_CENTS,
  type FieldAccess,
  type Product,
} from '@/domain';
import { formatMoney } from '@/lib/format-number';
import { LockIcon } from '@/components/ui/form-field';
import { cx } from '@/lib/cx';
import type { OrderFormValues } from './form-values';
import { Section } from './section';

interface ShippingMethodSectionProps {
  access: FieldAccess;
  /** A paid order keeps what it paid: another method costs nothing extra before production. */
  paid: boolean;
  catalog: ReadonlyMap<string, Product>;
  currency: string;
}

/** Standard or Express (no overnight option). Express is refused for P.O. Boxes and restricted products. */
export function ShippingMethodSection({ access, paid, catalog, currency }: ShippingMethodSectionProps) {
  const { register, control, formState } = useFormContext<OrderFormValues>();
  const [items, address, chosen] = useWatch({ control, name: ['items', 'shippingAddress', 'shippingMethod'] });
  const availability = availableShippingMethods(chosenLines(items, catalog), address);
  const express = availability.express;
  const reason = access.editable ? null : access.reason;
  const error = formState.errors.shippingMethod?.message;
  const conflict = chosen === 'express' && !express.available ? express.reason : null;
  return (
    <Section title="Shipping method" lockedReason={reason}>
      {(reasonId) => (
        <fieldset
          aria-describedby={
            [reasonId, error || conflict ? 'shipping-method-error' : null].filter(Boolean).join(' ') || undefined
          }
        >
          <legend className="sr-only">Shipping method</legend>
          <div className="grid gap-3 sm:grid-cols-2">
            {SHIPPING_METHODS.map((method) => {
              const option = availability[method];
              const unavailable = !option.available ? option.reason : null;
              const disabled = Boolean(reason) || (Boolean(unavailable) && chosen !== method);
              const reasonElementId = `shipping-${method}-reason`;
              const nameId = `shipping-${method}-name`;
              const price = paid ? 'No extra charge' : formatMoney(SHIPPING_RATES_CENTS[method], currency);
              const detailsId = `shipping-${method}-details`;
              return (
                <label
                  key={method}
                  className={cx(
                    'flex cursor-pointer items-start gap-3 rounded-lg p-3 ring-1 ring-inset',
                    chosen === method ? 'bg-accent-50 ring-accent-600' : 'ring-zinc-200 hover:bg-zinc-50',
                    disabled && 'cursor-not-allowed bg-zinc-50 hover:bg-zinc-50',
                  )}
                >
                  <input
                    type="radio"
                    value={method}
                    {...register('shippingMethod')}
                    disabled={disabled}
                    aria-labelledby={nameId}
                    aria-describedby={[detailsId, unavailable ? reasonElementId : null].filter(Boolean).join(' ')}
                    className="mt-0.5 size-4 accent-accent-600"
                  />
                  <span className="min-w-0 flex-1">
                    <span className="flex items-center justify-between gap-2 font-medium">
                      <span id={nameId}>{SHIPPING_LABELS[method]}</span>
                      <span aria-hidden="true" className="text-zinc-600 tabular">
                        {price}
                      </span>
                    </span>
                    <span id={detailsId} className="block text-xs text-zinc-600">
                      <span className="sr-only">{price}, </span>
                      {DELIVERY_TIMES[method]}
                    </span>
                    {unavailable ? (
                      <span id={reasonElementId} className="mt-1 flex items-start gap-1 text-xs text-zinc-600">
                        <LockIcon />
                        {unavailable}
                      </span>
                    ) : null}
                  </span>
                </label>
              );
            })}
          </div>
          <p className="mt-2 text-xs text-zinc-500">There is no overnight option. {FREE_SHIPPING_CHANGES}</p>
          {error || conflict ? (
            <p id="shipping-method-error" role="alert" className="mt-2 text-sm font-medium text-red-700">
              {error ?? conflict}
            </p>
          ) : null}
        </fieldset>
      )}
    </Section>
  );
}
