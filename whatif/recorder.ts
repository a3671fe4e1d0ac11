/**
 * Issue 22: the activities of a replay. A what-if is an analysis, not a procedure: nothing is sent and
 * nothing reaches the register. Each workflow's steps, staff notices and letters are kept in memory,
 * per workflow, as the register would have kept them, so the deadline proof can judge them.
 */
import { Context } from '@temporalio/activity';
import type { ContactRoutes } from '../domain/complaint';
import type { EventName } from '../domain/events';
import type { ComplaintActivities, StaffNoticePurpose } from '../domain/notifications';
import type { RecordedStep } from '../api/complaints/proof';

export interface Replayed {
  steps: RecordedStep[];
  notices: { purpose: StaffNoticePurpose; due: string }[];
  letters: { key: string; purpose: string; posted: boolean }[];
}

/** The facts of a step the proof reads; its texts stay out even though the replay's are placeholders. */
const FACTS = ['outcome', 'channel', 'automatic', 'expectedBy', 'purpose', 'late'];

const facts = (detail: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(detail).filter(([k]) => FACTS.includes(k)));

export class Recorder {
  private readonly lives = new Map<string, Replayed>();
  private nextId = 1;
  private readonly keys = new Set<string>();
  /** The wall-clock moment of the last activity: the replay waits for the worker to fall quiet. */
  lastActivityAt = 0;

  constructor(private readonly contactOf: (workflowId: string) => ContactRoutes) {}

  of(workflowId: string): Replayed {
    let life = this.lives.get(workflowId);
    if (!life) this.lives.set(workflowId, (life = { steps: [], notices: [], letters: [] }));
    return life;
  }

  /** R4/R9: the desk posts the oldest letter of `purpose` still to post; false when none was waiting. */
  post(workflowId: string, purpose: string, at: string): boolean {
    const life = this.of(workflowId);
    const letter = life.letters.find((l) => l.purpose === purpose && !l.posted);
    if (!letter) return false;
    letter.posted = true;
    life.steps.push({
      id: this.nextId++,
      action: 'letter_posted',
      actor: 'desk',
      at,
      detail: { purpose },
      deadlines: null,
    });
    return true;
  }

  private current(): { life: Replayed; workflowId: string; at: string } {
    this.lastActivityAt = Date.now();
    const info = Context.current().info;
    const workflowId = info.workflowExecution?.workflowId ?? '';
    // The server's (skipped) clock, not the wall clock.
    return {
      life: this.of(workflowId),
      workflowId,
      at: new Date(info.currentAttemptScheduledTimestampMs).toISOString(),
    };
  }

  /** Waits until the worker has done nothing for a moment: the last timers' activities are on record. */
  async quiet(): Promise<void> {
    for (let i = 0; i < 50 && Date.now() - this.lastActivityAt < 300; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  activities(): ComplaintActivities {
    return {
      sendToComplainant: async (message) => {
        const { life, workflowId } = this.current();
        const channel = message.channel ?? (this.contactOf(workflowId).email ? 'email' : 'letter');
        if (channel === 'letter' && !life.letters.some((l) => l.key === message.key)) {
          life.letters.push({ key: message.key, purpose: message.purpose, posted: false });
        }
        return { channel };
      },
      notifyStaff: async (notice) => {
        this.current().life.notices.push({ purpose: notice.purpose, due: notice.due });
      },
      recordEvent: async (event) => {
        const { life, at, workflowId } = this.current();
        // A retried activity records once, as the register's unique key makes it.
        if (this.keys.has(`${workflowId}\n${event.key}`)) return;
        this.keys.add(`${workflowId}\n${event.key}`);
        life.steps.push({
          id: this.nextId++,
          action: event.action as EventName,
          actor: event.actor,
          at: event.at ?? at,
          detail: facts(event.detail),
          deadlines: event.deadlines ?? null,
        });
      },
      isLetterPosted: async (messageKey) => !!this.current().life.letters.find((l) => l.key === messageKey)?.posted,
      resendToComplainant: async () => ({ channel: 'email' }),
    };
  }
}
