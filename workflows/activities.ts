/** The workflow's view of its activities, with the retry behaviour each kind of work needs. */
import {
  proxyActivities,
  proxyLocalActivities,
  type ActivityInterfaceFor,
  type RetryPolicy,
} from '@temporalio/workflow';
import type { ComplaintActivities } from '../domain/notifications';

/** Register reads and writes retry without limit: a database outage may delay the record, never lose it. */
export const register = proxyActivities<ComplaintActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute' },
});

/**
 * The same register writes as local activities: run by the worker that runs the workflow, without a
 * round trip through the Temporal server, so a staff action is on record (and answered) sooner.
 */
export const registerLocally = proxyLocalActivities<ComplaintActivities>({
  startToCloseTimeout: '10 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute' },
});

// A mail server that is down is retried patiently: every attempt is idempotent (keyed), and at most
// half an hour passes between the server's return and the message, well within the acknowledgement lead.
// The first retry comes soon, so a message whose worker crashed goes out shortly after a worker returns.
const MAIL_RETRY: RetryPolicy = { initialInterval: '2 seconds', backoffCoefficient: 2, maximumInterval: '30 minutes' };

// One message takes a second or two; a worker that died while sending is noticed after this long.
const SEND_TIMEOUT = '15 seconds';

/** Messages without a hard deadline: retried until they go out. */
export const mail = proxyActivities<ComplaintActivities>({
  startToCloseTimeout: SEND_TIMEOUT,
  retry: MAIL_RETRY,
});

/** Messages that are only worth sending before `deadline`: the activity fails once it has passed. */
export function mailBefore(deadline: string): ActivityInterfaceFor<ComplaintActivities> {
  const remaining = Math.max(Date.parse(deadline) - Date.now(), 60_000);
  return proxyActivities<ComplaintActivities>({
    startToCloseTimeout: SEND_TIMEOUT,
    scheduleToCloseTimeout: remaining,
    retry: MAIL_RETRY,
  });
}
