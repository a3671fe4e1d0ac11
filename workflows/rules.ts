/**
 * Which staff action the complaint's state allows. Used as Update validators: a refused action
 * never enters the workflow history, and the caller gets the reason (the API answers 409 or 400).
 */
import { ApplicationFailure } from '@temporalio/workflow';
import { localDate } from '../domain/calendar';
import {
  INVALID_INPUT,
  INVALID_STATE,
  type Assign,
  type CallbackDone,
  type CannotAnswerInTime,
  type CloseComplaint,
  type ReplySent,
  type Withdraw,
  type WrittenConfirmationRequest,
} from '../domain/actions';
import { isFinal, type ComplaintWorkflowInput, type Phase } from '../domain/complaint';
import type { ComplaintRecord } from './state';

function refuse(message: string): never {
  throw ApplicationFailure.create({ type: INVALID_STATE, message, nonRetryable: true });
}

function invalid(message: string): never {
  throw ApplicationFailure.create({ type: INVALID_INPUT, message, nonRetryable: true });
}

function requireOpen(state: ComplaintRecord): void {
  if (isFinal(state.phase)) refuse(`complaint ${state.reference} is ${state.phase}`);
}

function requirePhase(state: ComplaintRecord, allowed: Phase[], action: string): void {
  requireOpen(state);
  if (!allowed.includes(state.phase)) refuse(`${action} is not possible while the complaint is ${state.phase}`);
}

function requireActor(action: { by: string }): void {
  if (!action.by?.trim()) invalid('by: who acts must be given');
}

export function checkCallbackDone(state: ComplaintRecord, action: CallbackDone): void {
  requireActor(action);
  requirePhase(state, ['awaiting_callback'], 'a callback');
}

export function checkWrittenConfirmation(
  state: ComplaintRecord,
  input: ComplaintWorkflowInput,
  action: WrittenConfirmationRequest,
): void {
  requireActor(action);
  requireOpen(state);
  if (!state.oralAnswer) refuse('there is no oral answer to confirm yet');
  if (action.channel === 'email' && !input.complainant.email) invalid('channel: the complainant has no e-mail address');
}

export function checkCannotAnswerInTime(
  state: ComplaintRecord,
  input: ComplaintWorkflowInput,
  action: CannotAnswerInTime,
): void {
  requireActor(action);
  requirePhase(state, ['in_handling', 'acknowledged'], 'an acknowledgement');
  const today = localDate(new Date().toISOString(), input.terms.timeZone);
  if (!(action.expectedBy > today)) invalid('expectedBy: the expected date must lie after today');
  if (!action.way?.trim()) invalid('way: describe how the complaint will be handled');
}

export function checkReplySent(state: ComplaintRecord, input: ComplaintWorkflowInput, action: ReplySent): void {
  requireActor(action);
  requireOpen(state);
  if (state.reply) return; // a repeated "reply sent" changes nothing (see the handler)
  if (action.channel !== 'elsewhere' && !action.text?.trim()) invalid('text: the reply to send must be given');
  if (action.channel === 'email' && !input.complainant.email) invalid('channel: the complainant has no e-mail address');
}

export function checkClose(state: ComplaintRecord, action: CloseComplaint): void {
  requireActor(action);
  requirePhase(state, ['answered'], 'closing');
  if (!action.resolution?.trim()) invalid('resolution: say how the complaint was resolved');
  if (!action.category?.trim()) invalid('category: categorise the complaint');
  if (!action.cause?.trim()) invalid('cause: name the cause');
}

export function checkWithdraw(state: ComplaintRecord, action: Withdraw): void {
  requireActor(action);
  requireOpen(state);
}

export function checkAssign(state: ComplaintRecord, action: Assign): void {
  requireActor(action);
  requireOpen(state);
  if (!action.handler?.trim()) invalid('handler: name the handler');
}
