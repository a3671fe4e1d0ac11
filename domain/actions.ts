/**
 * Staff actions on a running complaint, and the messages that carry them to its workflow.
 * Declared once here and imported by the workflow and by its callers, so names and shapes cannot drift.
 * Actions whose caller needs to know the outcome are Updates (their validators refuse actions that the
 * complaint's state does not allow); the status is a Query.
 */
import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { ReplyChannel } from './channels';
import type { ComplaintState } from './complaint';

interface StaffAction {
  /** Who acts: every action is on record with its actor. */
  by: string;
}

/** R7: the callback took place. */
export interface CallbackDone extends StaffAction {
  outcome: 'resolved' | 'needs_handling';
  /** What was answered or agreed on the phone. */
  answer: string;
}

/** R8: the complainant asked for a written confirmation of the oral answer. */
export interface WrittenConfirmationRequest extends StaffAction {
  channel: 'email' | 'letter';
}

/** R3/R10: the reply cannot be given in time; tell the complainant how and when instead. */
export interface CannotAnswerInTime extends StaffAction {
  way: string;
  /** YYYY-MM-DD, local date by which the reply will be given. */
  expectedBy: string;
}

/** R9: the official reply went out (or goes out now, when the product sends it). */
export interface ReplySent extends StaffAction {
  channel: ReplyChannel;
  /** The reply itself; required when the product sends it by e-mail or prepares the letter. */
  text?: string;
}

/** R5/R6: closing records the outcome and what it teaches. */
export interface CloseComplaint extends StaffAction {
  resolution: string;
  correctiveAction?: string;
  category: string;
  cause: string;
}

export interface Withdraw extends StaffAction {
  reason?: string;
}

export interface Assign extends StaffAction {
  handler: string;
}

export const statusQuery = defineQuery<ComplaintState>('status');

export const callbackDoneUpdate = defineUpdate<ComplaintState, [CallbackDone]>('callbackDone');
export const writtenConfirmationUpdate = defineUpdate<ComplaintState, [WrittenConfirmationRequest]>(
  'requestWrittenConfirmation',
);
export const cannotAnswerInTimeUpdate = defineUpdate<ComplaintState, [CannotAnswerInTime]>('cannotAnswerInTime');
export const replySentUpdate = defineUpdate<ComplaintState, [ReplySent]>('replySent');
export const closeUpdate = defineUpdate<ComplaintState, [CloseComplaint]>('close');
export const withdrawUpdate = defineUpdate<ComplaintState, [Withdraw]>('withdraw');
export const assignUpdate = defineUpdate<ComplaintState, [Assign]>('assign');

/** Failure types of refused actions, which the API maps to 409 and 400. */
export const INVALID_STATE = 'InvalidState';
export const INVALID_INPUT = 'InvalidInput';

/** The task queue the complaint worker polls. */
export const TASK_QUEUE = 'complaints';
