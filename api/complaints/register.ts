/**
 * R2: registering a complaint comes before anything else. The register row, with its reference, is
 * written first; the workflow is started from it. A retried intake (same Idempotency-Key) finds the
 * row it made, and a row whose workflow never started is started again (see startPendingWorkflows).
 */
import { Prisma } from '../../generated/prisma/client';
import { eventName } from '../../domain/events';
import { problem, type FieldProblem } from '../../domain/problems';
import { kindOf } from '../../domain/channels';
import { localDate, startOfLocalDay } from '../../domain/calendar';
import type { ProcedureTerms } from '../../domain/terms';
import type { Database } from '../../infra/database';
import type { Keyring } from '../../infra/keyring';
import { seal } from '../../infra/sealed';
import { badRequest } from '../errors';
import { hashToken, newToken } from '../auth/tokens';
import type { IntakeBody } from './schemas';
import { searchTextOf } from '../../domain/search-text';

/** A complaint as intake registers it: what was said, and who registered it. */
export type Intake = Omit<IntakeBody, 'answeredAtOnce'> & {
  registeredBy: string;
  /** R7: answered at once by this authorised representative. */
  answeredAtOnce?: { by: string; answer: string };
};

export type ComplaintRow = Prisma.ComplaintGetPayload<object>;

/** References read KL-<year>-<number>, numbered per year in the organisation's calendar. */
export function formatReference(year: number, sequence: number): string {
  return `KL-${year}-${String(sequence).padStart(5, '0')}`;
}

// Clocks of staff PCs drift a little; a receipt further in the future is a typing error.
const CLOCK_SKEW_MS = 5 * 60 * 1000;

const DAY_MS = 24 * 60 * 60 * 1000;

/** What is wrong with a date of receipt `at` for a complaint registered at `registeredAt`. */
export function receiptProblems(at: Date, registeredAt: Date, maxAgeMs?: number): FieldProblem[] {
  if (at.getTime() > registeredAt.getTime() + CLOCK_SKEW_MS) return [problem('receivedAt', 'in_future')];
  if (maxAgeMs !== undefined && registeredAt.getTime() - at.getTime() > maxAgeMs) {
    return [problem('receivedAt', 'too_old', { days: Math.round(maxAgeMs / DAY_MS) })];
  }
  return [];
}

/** The instant a date of receipt as intake gives it stands for: a date means the start of that local day. */
export function receiptInstant(given: string, timeZone: string): Date {
  return /^\d{4}-\d{2}-\d{2}$/.test(given) ? new Date(startOfLocalDay(given, timeZone)) : new Date(given);
}

function receivedAt(intake: Intake, registeredAt: Date, timeZone: string, maxAgeMs?: number): Date {
  if (!intake.receivedAt) return registeredAt;
  const at = receiptInstant(intake.receivedAt, timeZone);
  const problems = receiptProblems(at, registeredAt, maxAgeMs);
  if (problems.length) throw badRequest(problems);
  return at;
}

/**
 * Registrations take the year's counter row one after another anyway: that is what keeps references
 * without gaps. Queued here first, a burst waits in this process instead of in the connection pool,
 * where 100 waiting transactions per instance starved every other query and ran into Prisma's 2 s wait
 * for a connection (P2028, measured with 200 intakes through two instances on PostgreSQL). Across
 * instances the database's row lock still decides the order.
 */
let registrations: Promise<unknown> = Promise.resolve();
function oneAtATime<T>(register: () => Promise<T>): Promise<T> {
  const turn = registrations.then(register, register);
  registrations = turn.catch(() => undefined);
  return turn;
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';
}

export interface RegisterOptions {
  /** The client's Idempotency-Key: the same key finds the complaint it registered before. */
  intakeKey?: string;
  /** The moment of registration; tests pass the time-skipping server's clock. */
  now?: Date;
  /** A date of receipt further back is refused (MAX_RECEIPT_AGE); absent: no limit. */
  maxReceiptAgeMs?: number;
  /** Seals the status link token so that messages can carry the link; absent: only its hash is kept. */
  keys?: Keyring;
}

export async function registerComplaint(
  db: Database,
  intake: Intake,
  terms: ProcedureTerms,
  { intakeKey, now = new Date(), maxReceiptAgeMs, keys }: RegisterOptions = {},
): Promise<{ complaint: ComplaintRow; created: boolean; statusToken?: string }> {
  // A key seen before is found when registering it again fails (the catch below), not by a look-up first:
  // repeats are rare, and the look-up was one more query in every keyed intake (issue 20).
  // R4: the complainant's private status link; only its hash is kept.
  const statusToken = newToken();
  const registeredAt = now;
  const year = Number(localDate(registeredAt.toISOString(), terms.timeZone).slice(0, 4));
  const received = receivedAt(intake, registeredAt, terms.timeZone, maxReceiptAgeMs);
  try {
    const complaint = await oneAtATime(() =>
      db.$transaction(async (tx) => {
        const counter = await tx.referenceCounter.upsert({
          where: { year },
          create: { year, last: 1 },
          update: { last: { increment: 1 } },
        });
        const reference = formatReference(year, counter.last);
        const complaint = await tx.complaint.create({
          data: {
            reference,
            year,
            sequence: counter.last,
            intakeKey,
            channel: intake.channel,
            kind: kindOf(intake.channel),
            subject: intake.subject,
            description: intake.description,
            service: intake.service,
            complainantName: intake.complainant.name,
            complainantEmail: intake.complainant.email,
            complainantPhone: intake.complainant.phone,
            complainantAddress: intake.complainant.address,
            language: intake.complainant.language,
            receivedAt: received,
            registeredAt,
            registeredBy: intake.registeredBy,
            answeredAtOnce: intake.answeredAtOnce
              ? JSON.stringify({ ...intake.answeredAtOnce, at: registeredAt.toISOString() })
              : null,
            terms: JSON.stringify(terms),
            statusTokenHash: hashToken(statusToken),
            statusTokenSealed: keys ? seal(keys, statusToken, 'status-token') : null,
            searchText: searchTextOf({
              reference,
              subject: intake.subject,
              description: intake.description,
              complainantName: intake.complainant.name,
              complainantEmail: intake.complainant.email,
            }),
          },
        });
        // Registration is on record with the complaint itself, before the workflow does anything.
        await tx.complaintEvent.create({
          data: {
            key: `${reference}/registered`,
            reference,
            actor: intake.registeredBy,
            action: eventName('registered'),
            detail: JSON.stringify({ channel: intake.channel, receivedAt: received.toISOString() }),
            at: registeredAt,
          },
        });
        return complaint;
      }),
    );
    return { complaint, created: true, statusToken };
  } catch (error) {
    // A retry with a key already used, or two at once: the complaint registered under it.
    if (intakeKey && isUniqueViolation(error)) {
      const existing = await db.complaint.findUnique({ where: { intakeKey } });
      if (existing) return { complaint: existing, created: false };
    }
    throw error;
  }
}
