/**
 * One run per path through the procedure, driven as staff would drive it. `npm run record-histories`
 * runs them and stores each history under test/histories; the replay test replays those against the
 * current workflow code, so a change that would break a running complaint fails CI.
 */
import request from 'supertest';
import type { WorkflowHandle } from '@temporalio/client';
import * as actions from '../../domain/actions';
import { addDays, localDate } from '../../domain/calendar';
import { oralComplaint, writtenComplaint, type Harness } from '../support/harness';

type Scenario = (h: Harness) => Promise<WorkflowHandle>;

const closing = { by: 'handler-1', resolution: 'Opgelost', category: 'dienstverlening', cause: 'communicatie' };

async function filed(h: Harness, intake: Record<string, unknown>): Promise<WorkflowHandle> {
  return h.env.client.workflow.getHandle(await h.file(intake));
}

async function inDays(h: Harness, days: number): Promise<string> {
  return addDays(localDate((await h.now()).toISOString(), 'Europe/Amsterdam'), days);
}

export const SCENARIOS: Record<string, Scenario> = {
  'oral-answered-at-once': async (h) => {
    const wf = await filed(h, oralComplaint({ answeredAtOnce: { by: 'rep-1', answer: 'Excuses, het is hersteld.' } }));
    await wf.executeUpdate(actions.updateOf('written-confirmation'), { args: [{ by: 'rep-1', channel: 'email' }] });
    await h.env.sleep('1 hour');
    await wf.executeUpdate(actions.updateOf('close'), { args: [closing] });
    return wf;
  },

  'oral-with-callback': async (h) => {
    const wf = await filed(h, oralComplaint());
    await h.env.sleep('5 hours'); // one overdue reminder
    await wf.executeUpdate(actions.updateOf('callback-done'), {
      args: [{ by: 'rep-1', outcome: 'needs_handling', answer: 'Wij zoeken het uit.' }],
    });
    await h.env.sleep('3 days');
    await wf.executeUpdate(actions.updateOf('reply-sent'), {
      args: [{ by: 'handler-1', channel: 'email', text: 'Ons antwoord.' }],
    });
    await wf.executeUpdate(actions.updateOf('close'), { args: [closing] });
    return wf;
  },

  'written-replied-in-time': async (h) => {
    const wf = await filed(h, writtenComplaint());
    await wf.executeUpdate(actions.updateOf('assign'), { args: [{ by: 'intake', handler: 'handler-1' }] });
    await h.env.sleep('5 days');
    await wf.executeUpdate(actions.updateOf('reply-sent'), {
      args: [{ by: 'handler-1', channel: 'email', text: 'Ons antwoord.' }],
    });
    await wf.executeUpdate(actions.updateOf('close'), { args: [closing] });
    return wf;
  },

  'written-acknowledged-then-replied': async (h) => {
    const wf = await filed(h, writtenComplaint());
    await h.env.sleep('13 days'); // the automatic acknowledgement goes out
    await h.env.sleep('7 days');
    await wf.executeUpdate(actions.updateOf('reply-sent'), {
      args: [{ by: 'handler-1', channel: 'letter', text: 'Ons antwoord.' }],
    });
    await wf.executeUpdate(actions.updateOf('close'), { args: [closing] });
    return wf;
  },

  'written-escalated': async (h) => {
    const wf = await filed(h, writtenComplaint());
    await wf.executeUpdate(actions.updateOf('cannot-answer-in-time'), {
      args: [{ by: 'handler-1', way: 'Wij vragen advies.', expectedBy: await inDays(h, 10) }],
    });
    await h.env.sleep('12 days'); // reminder, then escalation
    await wf.executeUpdate(actions.updateOf('cannot-answer-in-time'), {
      args: [{ by: 'manager-1', way: 'De leidinggevende belt u.', expectedBy: await inDays(h, 3) }],
    });
    await h.env.sleep('1 day');
    await wf.executeUpdate(actions.updateOf('reply-sent'), { args: [{ by: 'manager-1', channel: 'elsewhere' }] });
    await wf.executeUpdate(actions.updateOf('close'), { args: [closing] });
    return wf;
  },

  // Paths that exist since issue 7: each new behaviour behind patched() has a history of its own.
  'written-entered-late': async (h) => {
    const wf = await filed(h, writtenComplaint({ channel: 'letter', receivedAt: await inDays(h, -30) }));
    await h.env.sleep('2 days');
    await wf.executeUpdate(actions.updateOf('reply-sent'), {
      args: [{ by: 'handler-1', channel: 'email', text: 'Ons antwoord.' }],
    });
    await wf.executeUpdate(actions.updateOf('close'), { args: [closing] });
    return wf;
  },

  'oral-callback-escalated': async (h) => {
    const wf = await filed(h, oralComplaint());
    await h.env.sleep('20 hours'); // three reminders, then a manager
    await wf.executeUpdate(actions.updateOf('callback-done'), {
      args: [{ by: 'rep-1', outcome: 'resolved', answer: 'Excuses, het is hersteld.' }],
    });
    await h.env.sleep('8 days'); // the reminder to close
    await wf.executeUpdate(actions.updateOf('close'), { args: [closing] });
    return wf;
  },

  'written-by-letter': async (h) => {
    const wf = await filed(
      h,
      writtenComplaint({
        channel: 'letter',
        complainant: { name: 'Gerrit Meijer', address: 'Grotestraat 1\n7622 GM Borne' },
      }),
    );
    await h.env.sleep('14 days'); // acknowledgement by letter, a posting notice, and a reminder: not posted
    await wf.executeUpdate(actions.updateOf('reply-sent'), {
      args: [{ by: 'handler-1', channel: 'letter', text: 'Ons antwoord.' }],
    });
    await h.env.sleep('2 days');
    await wf.executeUpdate(actions.updateOf('close'), { args: [closing] });
    return wf;
  },

  // Paths that exist since issue 9: the receipt confirmation, a correction, interim messages, a resend,
  // reopening within the window; recorded with RECEIPT_CONFIRMATION on.
  'written-reopened': async (h) => {
    const wf = await filed(h, writtenComplaint());
    await request(h.app)
      .patch(`/api/complaints/${wf.workflowId}/complainant`)
      .set(h.as('intake'))
      .send({ address: null })
      .expect(200);
    await wf.executeUpdate(actions.updateOf('send-message'), {
      args: [{ by: 'handler-1', text: 'Wij zoeken het uit.' }],
    });
    await h.env.sleep('3 days');
    await wf.executeUpdate(actions.updateOf('reply-sent'), {
      args: [{ by: 'handler-1', channel: 'email', text: 'Ons antwoord.' }],
    });
    await wf.executeUpdate(actions.updateOf('close'), { args: [closing] });
    await h.env.sleep('10 days');
    await wf.executeUpdate(actions.updateOf('reopen'), {
      args: [{ by: 'manager-1', reason: 'Klager is het niet eens.' }],
    });
    await h.env.sleep('2 days');
    await wf.executeUpdate(actions.updateOf('reply-sent'), {
      args: [{ by: 'handler-1', channel: 'email', text: 'Ons tweede antwoord.' }],
    });
    await wf.executeUpdate(actions.updateOf('close'), { args: [closing] });
    return wf; // ends when the window to reopen it has passed
  },

  'written-resent-after-correction': async (h) => {
    const wrong = 'vergist@example.nl';
    h.smtp.refuse(wrong);
    const wf = await filed(h, writtenComplaint({ complainant: { name: 'Jan Jansen', email: wrong } }));
    await wf.executeUpdate(actions.updateOf('reply-sent'), {
      args: [{ by: 'handler-1', channel: 'email', text: 'Ons antwoord.' }],
    });
    await h.env.sleep('1 minute');
    await request(h.app)
      .patch(`/api/complaints/${wf.workflowId}/complainant`)
      .set(h.as('intake'))
      .send({ email: 'jan@example.nl' })
      .expect(200);
    const failed = await h.register.db.message.findFirstOrThrow({
      where: { reference: wf.workflowId, purpose: 'reply' },
    });
    await wf.executeUpdate(actions.updateOf('resend-message'), { args: [{ by: 'intake', messageId: failed.id }] });
    await h.env.sleep('1 minute');
    await wf.executeUpdate(actions.updateOf('withdraw'), { args: [{ by: 'intake', reason: 'Opgelost' }] });
    return wf;
  },

  'status-link-requested': async (h) => {
    const wf = await filed(h, writtenComplaint());
    await request(h.app)
      .post('/api/public/status-link')
      .send({ reference: wf.workflowId, email: 'jan@example.nl' })
      .expect(202);
    await wf.executeUpdate(actions.updateOf('withdraw'), { args: [{ by: 'intake' }] });
    await h.env.sleep('1 minute');
    const sent = await h.register.db.message.findFirstOrThrow({
      where: { reference: wf.workflowId, purpose: 'status_link' },
    });
    const window = sent.key.split('-').at(-1);
    return h.env.client.workflow.getHandle(`${wf.workflowId}/status-link/${window}`);
  },

  withdrawn: async (h) => {
    const wf = await filed(h, writtenComplaint());
    await h.env.sleep('2 days');
    await wf.executeUpdate(actions.updateOf('withdraw'), { args: [{ by: 'intake', reason: 'Zelf opgelost' }] });
    return wf;
  },
};
