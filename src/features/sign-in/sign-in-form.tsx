import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useForm } from 'react-hook-form';
import { isApiError } from '@/api/api-error';
import type { SessionResponse } from '@/api/contract';
import { useSignIn } from '@/api/session/sign-in';
import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { signInFormSchema, type SignInValues } from './sign-in-values';
import { tooManyAttempts, useLockout } from './use-lockout';

interface SignInFormProps {
  /** The last user's email, when signing in again. */
  defaultEmail?: string;
  /** Put focus in the first field to fill on mount (a dialog places focus itself). */
  focusOnMount?: boolean;
  onSignedIn: (session: SessionResponse) => void;
}

const FIELDS = ['email', 'password'] as const;
const isField = (path: string): path is (typeof FIELDS)[number] => (FIELDS as readonly string[]).includes(path);

/** What the merchant reads above the button when signing in fails for a reason no field explains. */
function failureMessage(error: unknown): string {
  if (!isApiError(error)) return 'Signing in failed. Try again.';
  if (error.code === 'invalid_credentials') return error.message;
  return error.isNetwork ? error.message : `Signing in failed: ${error.message}`;
}

/** Email and password, errors at the field, the server's refusal above the button, and a wait after a 429. */
export function SignInForm({ defaultEmail = '', focusOnMount = false, onSignedIn }: SignInFormProps) {
  const signIn = useSignIn();
  const { register, handleSubmit, setError, setFocus, formState } = useForm<SignInValues>({
    resolver: zodResolver(signInFormSchema),
    defaultValues: { email: defaultEmail, password: '' },
    // Checked on Sign in, not on leaving a field: an error appearing as focus leaves the email for
    // the button would move the button from under the pointer.
    mode: 'onSubmit',
  });
  const [failure, setFailure] = useState<string | null>(null);
  const lockout = useLockout();
  // The wait as it was announced: the countdown itself changes every second and is not re-read aloud.
  const [announcedWait, setAnnouncedWait] = useState<string | null>(null);
  const locked = lockout.secondsLeft > 0;
  const inFlight = useRef(false);

  useEffect(() => {
    if (focusOnMount) setFocus(defaultEmail ? 'password' : 'email');
  }, [focusOnMount, defaultEmail, setFocus]);

  const send = async (values: SignInValues) => {
    setFailure(null);
    try {
      onSignedIn(await signIn.mutateAsync(values));
    } catch (error) {
      const wait = lockout.start(error);
      if (wait !== null) {
        setAnnouncedWait(tooManyAttempts(wait));
        return;
      }
      const issues = isApiError(error, 'validation') ? error.issues.filter((issue) => isField(issue.path)) : [];
      for (const issue of issues) {
        if (isField(issue.path))
          setError(issue.path, { type: 'server', message: issue.message }, { shouldFocus: true });
      }
      if (issues.length > 0) return;
      setFailure(failureMessage(error));
      if (isApiError(error, 'invalid_credentials')) setFocus('password', { shouldSelect: true });
    }
  };
  // From the press to the answer, before React re-renders the button as busy: one press, one request.
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (inFlight.current || locked) return;
    inFlight.current = true;
    void handleSubmit(send)(event).finally(() => {
      inFlight.current = false;
    });
  };

  const waitText = locked ? tooManyAttempts(lockout.secondsLeft) : null;
  return (
    <form noValidate onSubmit={submit} className="space-y-4">
      <FormField label="Email" error={formState.errors.email?.message}>
        {(control) => <input {...control} type="email" autoComplete="username" {...register('email')} />}
      </FormField>
      <FormField label="Password" error={formState.errors.password?.message}>
        {(control) => <input {...control} type="password" autoComplete="current-password" {...register('password')} />}
      </FormField>
      {failure ? (
        <p
          role="alert"
          className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-900 ring-1 ring-red-600/20 ring-inset"
        >
          {failure}
        </p>
      ) : null}
      {locked ? (
        <>
          <p role="alert" className="sr-only">
            {announcedWait}
          </p>
          <p
            aria-hidden="true"
            className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-950 ring-1 ring-amber-600/30 ring-inset"
          >
            {waitText}
          </p>
        </>
      ) : null}
      <Button
        type="submit"
        variant="primary"
        className="w-full"
        busy={formState.isSubmitting}
        disabledReason={waitText}
      >
        {formState.isSubmitting ? 'Signing in…' : 'Sign in'}
      </Button>
    </form>
  );
}
