/** The workflow's view of its activities, with the retry behaviour each kind of work needs. */
import { proxyActivities, type ActivityInterfaceFor, type RetryPolicy } from '@temporalio/workflow';
import type { ComplaintActivities } from '../domain/notifications';

/** Register reads and writes retry without limit: a database outage may delay the record, never lose it. */
export const register = proxyActivities<ComplaintActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute' },
});

// A mail server that is down is retried patiently: every attempt is idempotent (keyed), and at most
// half an hour passes between the server's return and the message, well within the acknowledgement lead.
const MAIL_RETRY: RetryPolicy = { initialInterval: '30 seconds', backoffCoefficient: 2, maximumInterval: '30 minutes' };

/** Messages without a hard deadline: retried until they go out. */
export const mail = proxyActivities<ComplaintActivities>({
  startToCloseTimeout: '1 minute',
  retry: MAIL_RETRY,
});

/** Messages that are only worth sending before `deadline`: the activity fails once it has passed. */
export function mailBefore(deadline: string): ActivityInterfaceFor<ComplaintActivities> {
  const remaining = Math.max(Date.parse(deadline) - Date.now(), 60_000);
  return proxyActivities<ComplaintActivities>({
    startToCloseTimeout: '1 minute',
    scheduleToCloseTimeout: remaining,
    retry: MAIL_RETRY,
  });
}
