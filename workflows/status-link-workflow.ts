/**
 * R4: a complainant who lost the status link asks for it again on the public side; when reference and
 * e-mail address belong together, this sends it to that address. A workflow of its own, not a step of
 * the complaint's: it is needed also after the complaint's procedure has ended, and it must survive a
 * mail server that is down for a while.
 */
import { ApplicationFailure } from '@temporalio/workflow';
import { MESSAGE } from '../domain/explain';
import { isUnsealed, UNSEALED_REFUSAL } from '../domain/sealed-messages';
import { mail } from './activities';
import { patched } from './patches';

export interface StatusLinkRequest {
  reference: string;
  /** Unique per request window, so a repeated request within it sends one message. */
  key: string;
}

export async function statusLinkWorkflow(request: StatusLinkRequest): Promise<void> {
  // Only the API asks for a link to be sent: a request without the payload key could flood a complainant.
  if (isUnsealed(request) && patched('sealed-messages-only')) {
    throw ApplicationFailure.nonRetryable(UNSEALED_REFUSAL, 'UnsealedInput');
  }
  const message = {
    key: request.key,
    reference: request.reference,
    purpose: 'status_link' as const,
    channel: 'email' as const,
  };
  await mail.sendToComplainant.executeWithOptions({ summary: MESSAGE.status_link }, [message]);
}
