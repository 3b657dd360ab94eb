import { useId } from 'react';
import { activitySentence, changeLine } from '@/domain';
import { isApiError } from '@/api/api-error';
import type { ActivityEntry } from '@/api/contract';
import { useOrderActivity } from '@/api/orders/get-order-activity';
import { Button } from '@/components/ui/button';
import { formatExact, formatMoment } from '@/lib/format-date';
import { useNow } from '@/lib/use-now';

function Entry({ entry, now }: { entry: ActivityEntry; now: Date }) {
  const several = entry.action === 'edited' && entry.changes.length > 1;
  return (
    <li className="relative pb-4 pl-5 last:pb-0">
      <span aria-hidden="true" className="absolute top-1.5 left-0 size-2 rounded-full bg-zinc-300 ring-4 ring-white" />
      <p className="text-sm break-words text-zinc-700">
        <span className="font-medium text-zinc-900">{entry.actor.name}</span> {activitySentence(entry)}
        <span className="text-zinc-400"> · </span>
        <time dateTime={entry.at} title={formatExact(entry.at)} className="whitespace-nowrap text-zinc-500">
          {formatMoment(entry.at, now)}
        </time>
      </p>
      {several ? (
        <ul className="mt-1 space-y-0.5 text-xs break-words text-zinc-600">
          {entry.changes.map((change) => (
            <li key={change.path}>{changeLine(change)}</li>
          ))}
        </ul>
      ) : null}
      {entry.detail ? <p className="mt-0.5 text-xs break-words text-zinc-600">{entry.detail}</p> : null}
    </li>
  );
}

/** The order's trail, newest first: who changed what, and when. */
export function OrderActivity({ orderId }: { orderId: string }) {
  const titleId = useId();
  const activity = useOrderActivity(orderId);
  const now = useNow();
  const entries = activity.data;
  // A refresh refused because the session ended keeps the trail shown, under "Sign in again".
  const failed = activity.isError && !(entries && isApiError(activity.error, 'unauthenticated'));
  return (
    <section aria-labelledby={titleId} className="rounded-lg border border-zinc-200 bg-white p-5 shadow-xs">
      <h2 id={titleId} className="text-sm font-semibold">
        Activity
      </h2>
      <div className="mt-3">
        {activity.isPending ? (
          <div aria-busy="true" className="space-y-2">
            <div className="h-4 w-2/3 animate-pulse rounded bg-zinc-100" />
            <div className="h-4 w-1/2 animate-pulse rounded bg-zinc-100" />
            <span className="sr-only">Loading the activity…</span>
          </div>
        ) : failed || !entries ? (
          <div role="alert" className="flex flex-wrap items-center gap-x-3 gap-y-2 text-sm text-red-800">
            <p>The activity couldn't be loaded: {activity.error?.message}</p>
            <Button size="sm" busy={activity.isFetching} onClick={() => void activity.refetch()}>
              Retry
            </Button>
          </div>
        ) : entries.length === 0 ? (
          <p className="text-sm text-zinc-500">No activity yet</p>
        ) : (
          <ol className="relative before:absolute before:top-2 before:bottom-2 before:left-[3px] before:w-px before:bg-zinc-200">
            {entries.map((entry) => (
              <Entry key={entry.id} entry={entry} now={now} />
            ))}
          </ol>
        )}
      </div>
    </section>
  );
}
