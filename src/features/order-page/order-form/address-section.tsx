import type { ChangeEvent } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { COUNTRIES, shippingNotice, TEXT_LIMITS, US_STATES, withCountry, type EditableFields } from '@/domain';
import { FormField } from '@/components/ui/form-field';
import type { OrderFormValues } from './form-values';
import { Section } from './section';

const reasonOf = (access: EditableFields[keyof EditableFields]) => (access.editable ? null : access.reason);

export function AddressSection({ access }: { access: EditableFields }) {
  const { register, control, formState, getValues, setValue } = useFormContext<OrderFormValues>();
  const errors = formState.errors.shippingAddress;
  const address = useWatch({ control, name: 'shippingAddress' });
  const addressReason = reasonOf(access.address);
  const countryReason = reasonOf(access.country);
  const notice = shippingNotice(address);
  // A reason shared by every field is said once, for the section; Country may have its own.
  const sectionReason = addressReason;
  // A state or postal code of the old country would be kept out of sight (or be wrong): clear it.
  const changeCountry = (country: string) => {
    // `address` is from the last render, so it still holds the country being left.
    const moved = withCountry({ ...getValues('shippingAddress'), country: address.country }, country);
    setValue('shippingAddress.region', moved.region, { shouldDirty: true });
    setValue('shippingAddress.postalCode', moved.postalCode, { shouldDirty: true });
  };
  return (
    <Section title="Shipping address" lockedReason={sectionReason}>
      {(reasonId) => (
        <div className="grid gap-4 sm:grid-cols-6">
          <FormField
            className="sm:col-span-3"
            label="Recipient"
            error={errors?.name?.message}
            limit={{ max: TEXT_LIMITS.recipient, length: address.name.length }}
            lockedReason={addressReason}
            lockedReasonId={reasonId}
          >
            {(control) => <input {...control} {...register('shippingAddress.name')} autoComplete="off" />}
          </FormField>
          <FormField
            className="sm:col-span-3"
            label="Phone"
            error={errors?.phone?.message}
            limit={{ max: TEXT_LIMITS.phone, length: address.phone.length }}
            lockedReason={addressReason}
            lockedReasonId={reasonId}
            hint="Optional. The carrier may call about delivery."
          >
            {(control) => <input {...control} {...register('shippingAddress.phone')} type="tel" autoComplete="off" />}
          </FormField>
          <FormField
            className="sm:col-span-6"
            label="Address line 1"
            error={errors?.line1?.message}
            limit={{ max: TEXT_LIMITS.addressLine, length: address.line1.length }}
            lockedReason={addressReason}
            lockedReasonId={reasonId}
          >
            {(control) => <input {...control} {...register('shippingAddress.line1')} autoComplete="off" />}
          </FormField>
          <FormField
            className="sm:col-span-6"
            label="Address line 2"
            error={errors?.line2?.message}
            limit={{ max: TEXT_LIMITS.addressLine, length: address.line2.length }}
            lockedReason={addressReason}
            lockedReasonId={reasonId}
          >
            {(control) => (
              <input
                {...control}
                {...register('shippingAddress.line2')}
                autoComplete="off"
                placeholder="Apartment, suite, unit (optional)"
              />
            )}
          </FormField>
          <FormField
            className="sm:col-span-2"
            label="City"
            error={errors?.city?.message}
            limit={{ max: TEXT_LIMITS.city, length: address.city.length }}
            lockedReason={addressReason}
            lockedReasonId={reasonId}
          >
            {(control) => <input {...control} {...register('shippingAddress.city')} autoComplete="off" />}
          </FormField>
          <FormField
            className="sm:col-span-2"
            label={address.country === 'US' ? 'State' : 'Region'}
            error={errors?.region?.message}
            limit={{ max: TEXT_LIMITS.region, length: address.region.length }}
            lockedReason={addressReason}
            lockedReasonId={reasonId}
          >
            {(control) =>
              address.country === 'US' ? (
                <select {...control} {...register('shippingAddress.region')}>
                  <option value="">Choose a state…</option>
                  {Object.entries(US_STATES).map(([code, name]) => (
                    <option key={code} value={code}>
                      {name}
                    </option>
                  ))}
                </select>
              ) : (
                <input {...control} {...register('shippingAddress.region')} autoComplete="off" />
              )
            }
          </FormField>
          <FormField
            className="sm:col-span-2"
            label={address.country === 'US' ? 'ZIP code' : 'Postal code'}
            error={errors?.postalCode?.message}
            limit={{ max: TEXT_LIMITS.postalCode, length: address.postalCode.length }}
            lockedReason={addressReason}
            lockedReasonId={reasonId}
          >
            {(control) => <input {...control} {...register('shippingAddress.postalCode')} autoComplete="off" />}
          </FormField>
          <FormField
            className="sm:col-span-3"
            label="Country"
            error={errors?.country?.message}
            lockedReason={countryReason}
            lockedReasonId={countryReason === sectionReason ? reasonId : undefined}
          >
            {(control) => (
              <select
                {...control}
                {...register('shippingAddress.country', {
                  onChange: (event: ChangeEvent<HTMLSelectElement>) => changeCountry(event.target.value),
                })}
              >
                {Object.entries(COUNTRIES).map(([code, name]) => (
                  <option key={code} value={code}>
                    {name}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          {notice ? (
            <p
              role="note"
              className="rounded-md bg-sky-50 px-3 py-2 text-sm text-sky-900 ring-1 ring-sky-600/20 ring-inset sm:col-span-6"
            >
              {notice}
            </p>
          ) : null}
        </div>
      )}
    </Section>
  );
}
