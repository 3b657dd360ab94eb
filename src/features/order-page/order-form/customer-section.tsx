import { useFormContext, useWatch } from 'react-hook-form';
import { TEXT_LIMITS, type FieldAccess } from '@/domain';
import { FormField } from '@/components/ui/form-field';
import type { OrderFormValues } from './form-values';
import { Section } from './section';

export function CustomerSection({ access }: { access: FieldAccess }) {
  const { register, formState, control } = useFormContext<OrderFormValues>();
  const customer = useWatch({ control, name: 'customer' });
  const errors = formState.errors.customer;
  const reason = access.editable ? null : access.reason;
  return (
    <Section title="Customer" lockedReason={reason}>
      {(reasonId) => (
        <div className="grid gap-4 sm:grid-cols-2">
          <FormField
            label="Name"
            error={errors?.name?.message}
            limit={{ max: TEXT_LIMITS.customerName, length: customer.name.length }}
            lockedReason={reason}
            lockedReasonId={reasonId}
          >
            {(control) => <input {...control} {...register('customer.name')} autoComplete="off" />}
          </FormField>
          <FormField
            label="Email"
            error={errors?.email?.message}
            limit={{ max: TEXT_LIMITS.email, length: customer.email.length }}
            lockedReason={reason}
            lockedReasonId={reasonId}
          >
            {(control) => <input {...control} {...register('customer.email')} type="email" autoComplete="off" />}
          </FormField>
        </div>
      )}
    </Section>
  );
}
