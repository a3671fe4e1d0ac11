/**
 * What each staff action does to the complaint. Every action has a handler here (the compiler says when
 * one is missing); its validator asks the procedure's rules (domain/procedure-rules.ts) whether the
 * complaint's state allows it, so a refused action never enters the history. The shape of the input was
 * checked by the API against the action's schema, and only the API can send it (it comes encrypted).
 * A handler changes the state, starts what must be sent, and puts the action on record.
 */
import { setHandler } from '@temporalio/workflow';
import type { ActionInput } from '../domain/actions';
import { digest } from '../domain/digest';
import { checkAction } from '../domain/procedure-rules';
import { problem } from '../domain/problems';
import { invalid, refuse } from '../domain/refusals';
import { isUnsealed } from '../domain/sealed-messages';
import {
  ACTION_NAMES,
  contactChangedSignal,
  statusQuery,
  updateOf,
  type ActionName,
} from '../domain/workflow-messages';
import { now } from './clock';
import type { Procedure } from './procedure';
import { promiseEnds, reopenedExpectedBy, replyTermEnds } from './state';
import { patched } from './patches';

type Handler<A extends ActionName> = (p: Procedure, action: ActionInput<A>) => Promise<void>;

const HANDLERS: { [A in ActionName]: Handler<A> } = {
  'callback-done': async (p, a) => {
    if (a.outcome === 'resolved') {
      p.state.phase = 'answered';
      p.state.oralAnswer = { by: a.by, answer: a.answer, at: now() };
    } else {
      // R7 -> R3: further handling runs under the reply term, counted from receipt.
      p.state.phase = 'in_handling';
      p.state.replyDueAt = replyTermEnds(p.input.receivedAt, p.terms);
    }
    await p.record('callback_done', a.by, { outcome: a.outcome, answer: a.answer });
  },

  'written-confirmation': async (p, a) => {
    if (p.state.writtenConfirmation) return; // asked twice, confirmed once
    p.state.writtenConfirmation = { by: a.by, channel: a.channel, at: now() };
    const message = p.toComplainant('written_confirmation', 'written-confirmation', {
      channel: a.channel,
      oralAnswer: p.state.oralAnswer,
    });
    p.sendToComplainant(message);
    await p.record('written_confirmation_requested', a.by, { channel: a.channel });
  },

  'cannot-answer-in-time': async (p, a) => {
    p.acknowledge({ way: a.way, expectedBy: a.expectedBy, automatic: false, by: a.by, at: now() });
    await p.record('acknowledged', a.by, { way: a.way, expectedBy: a.expectedBy });
  },

  'reply-sent': async (p, a) => {
    if (p.state.reply) return; // the identical repeat sends nothing twice (rules.ts refuses a different one)
    // A reply by letter is posted in time to arrive within the term, or by the date promised.
    const arriveBy = p.state.phase === 'in_handling' ? p.state.replyDueAt : promiseEnds(p.state, p.terms);
    p.state.reply = { by: a.by, channel: a.channel, at: now(), digest: digest(a.text ?? '') };
    p.state.phase = 'answered';
    if (a.channel !== 'elsewhere') {
      const reply = p.toComplainant('reply', p.perRound('reply'), { channel: a.channel, text: a.text });
      p.sendToComplainant(reply, { arriveBy });
    }
    await p.record('reply_sent', a.by, { channel: a.channel });
  },

  close: async (p, { by, resolution, correctiveAction, category, cause }) => {
    p.state.closure = { by, resolution, correctiveAction, category, cause, at: now() };
    p.state.phase = 'closed';
    // R4/R6: the complainant hears it, with the link to the satisfaction question; by e-mail only, as no
    // one need print and post a letter for it. Complaints closed before this existed closed in silence.
    if (p.terms.closingMessage && p.state.contact.email && patched('closing-message')) {
      // The reply first: a closing message read before the answer it closes makes no sense. Complaints
      // closed before this let both leave together.
      const reply = p.toComplainant('reply', p.perRound('reply')).key;
      const after = p.isHandingOver(reply) && patched('closing-after-reply') ? reply : undefined;
      const replyByPost = p.state.reply?.channel === 'letter';
      p.sendToComplainant(p.toComplainant('closed', p.perRound('closed'), { channel: 'email', replyByPost }), {
        after,
      });
    }
    await p.record('closed', by, { resolution, correctiveAction, category, cause });
  },

  reopen: async (p, a) => {
    const { state } = p;
    state.reopenings = [
      ...(state.reopenings ?? []),
      { by: a.by, reason: a.reason, at: now(), reply: state.reply, closure: state.closure },
    ];
    state.reply = undefined;
    state.closure = undefined;
    state.closeRemindedAt = undefined;
    // The reason is on record for staff; the complainant hears that the complaint is handled again, and by when.
    const expectedBy = reopenedExpectedBy(p.today(), p.terms);
    p.acknowledge({ expectedBy, automatic: false, by: a.by, at: now() }, 'reopened');
    await p.record('reopened', a.by, { reason: a.reason, expectedBy });
  },

  'send-message': async (p, a) => {
    const name = `interim-${++p.interimMessages}`;
    p.sendToComplainant(p.toComplainant('interim', name, { channel: a.channel, subject: a.subject, text: a.text }));
    await p.record('message_sent', a.by, { channel: a.channel ?? null, subject: a.subject ?? null });
  },

  'resend-message': async (p, a) => {
    p.resend(a.messageId);
    await p.record('message_resent', a.by, { messageId: a.messageId });
  },

  withdraw: async (p, a) => {
    p.state.withdrawal = { by: a.by, reason: a.reason, at: now() };
    p.state.phase = 'withdrawn';
    await p.record('withdrawn', a.by, { reason: a.reason });
  },

  assign: async (p, a) => {
    p.state.handler = a.handler;
    await p.record('assigned', a.by, { handler: a.handler });
  },
};

function handle<A extends ActionName>(p: Procedure, name: A): void {
  const handler = HANDLERS[name] as Handler<A>;
  setHandler(
    updateOf(name),
    async (action: ActionInput<A>) => {
      await handler(p, action);
      return p.view();
    },
    {
      // Validators run for new Updates only, never on replay: no patch needed for histories with plain ones.
      validator: (action: ActionInput<A>) => {
        if (isUnsealed(action)) refuse('unsealed');
        // Every action is on record with its actor.
        if (typeof action?.by !== 'string' || !action.by) invalid(problem('by', 'required'));
        checkAction(name, p.state, action, p.terms, p.today());
      },
    },
  );
}

/** The status query and every staff action's Update, registered before the workflow waits on anything. */
export function registerHandlers(p: Procedure): void {
  setHandler(statusQuery, () => p.view());
  for (const name of ACTION_NAMES) handle(p, name);
  // The register was corrected (its own event has the details): only which routes exist changes here.
  setHandler(contactChangedSignal, (signal) => {
    // Signals cannot be refused: one that did not come from the service is ignored.
    if (isUnsealed(signal) && patched('sealed-messages-only')) return;
    const { contact } = signal;
    if (typeof contact?.email === 'boolean' && typeof contact?.postal === 'boolean') p.state.contact = contact;
  });
}
