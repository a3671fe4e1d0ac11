/**
 * R4: a complainant who lost the status link asks for it again on the public side; when reference and
 * e-mail address belong together, this sends it to that address; when reference and postcode do, a letter
 * with the short address and code goes to the postal address (staff print and post it). A workflow of its own, not a step of
 * the complaint's: it is needed also after the complaint's procedure has ended, and it must survive a
 * mail server that is down for a while.
 */
import { ApplicationFailure } from '@temporalio/workflow';
import { MESSAGE } from '../domain/explain';
import { reasonOf } from '../domain/refusals';
import { isUnsealed } from '../domain/sealed-messages';
import { mail } from './activities';
import { patched } from './patches';

export interface StatusLinkRequest {
  reference: string;
  /** Unique per request window, so a repeated request within it sends one message. */
  key: string;
  /** Issue 19 item 7: by post, with the short address and code; requests made before it existed: e-mail. */
  channel?: 'email' | 'letter';
}

export async function statusLinkWorkflow(request: StatusLinkRequest): Promise<void> {
  // Only the API asks for a link to be sent: a request without the payload key could flood a complainant.
  if (isUnsealed(request) && patched('sealed-messages-only')) {
    throw ApplicationFailure.nonRetryable(reasonOf({ code: 'unsealed' }), 'UnsealedInput');
  }
  const message = {
    key: request.key,
    reference: request.reference,
    purpose: 'status_link' as const,
    channel: request.channel ?? 'email',
  };
  await mail.sendToComplainant.executeWithOptions({ summary: MESSAGE.status_link }, [message]);
}
