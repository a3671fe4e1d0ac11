/**
 * R6: a register with known complaints and known outcomes, for the summary's figures checked by hand
 * (test/reports-summary.test.ts). Written straight into the register, as the complaints' workflows
 * would have left it: a report over months of history cannot wait for months of workflows.
 *
 * Period 2026-04-01 … 2026-11-30 (8 months, Europe/Amsterdam), the one before 2025-08-01 … 2026-03-31;
 * measured at 2026-12-10T12:00Z. Times are UTC; "local" is Amsterdam (CEST +2 until 25 Oct, then CET +1).
 *
 *  ref  channel received (local day) service      reply due  answered           outcome & status
 *  A 01 email   03-31 22:30Z (04-01) Facturatie   04-15 22:00 replied 04-06 22:30  closed 04-10, sat 4
 *  C 03 letter  04-20                post         05-04 22:00 ack 05-01 (promise), letter 05-03, replied 05-10 (20 d) closed, sat 2
 *  D 04 phone   06-10                Balie        callback due 13:00, done 12:00      closed 06-11, corrective
 *  E 05 phone   07-01                Balie        callback late 15:00; reply due 07-15, replied 07-08 (7 d), answered
 *  F 06 email   08-15                             08-29       withdrawn 08-16 → reply not needed
 *  G 07 email   09-01 (term missed at entry)      09-15       ack 10-01 (sent late), new date 10-20, escalated 11-05
 *  O 15 email   10-05                             10-19       replied 10-10 (5 d), closed 12-03 (after the period)
 *  B 02 web     10-31 23:30Z (11-01) facturatie␠  11-15 23:00 ack 11-12 (sent), escalated 12-05; acknowledged
 *  N 14 email   11-02                             11-16       staff promise 11-05, still running
 *  I 09 email   11-20                             12-04       replied 11-23 (3 d), answered
 *  P 16 email   11-25                             12-09       withdrawn 12-02 (after the period)
 *  H 08 email   11-28                             12-12       in handling, term still running at measuring
 *  previous: K 11 phone 2025-12-01 (callback in time, closed); J 10 email 2026-03-15 (replied 5 d, closed,
 *  sat 5, corrective); L 12 email 2026-03-31 21:30Z = 23:30 local, March (replied 0.4 d, closed 04-02 with a
 *  corrective action: counted in the period, where it was taken). M 13 2026-11-30 23:30Z = December: in neither.
 */
import type { Database } from '../../infra/database';
import { insertComplaint, insertEvent, insertMessage } from './register-rows';

/** The moment the figures are measured: after every term of the period ended, but H's. */
export const MEASURED_AT = new Date('2026-12-10T12:00:00Z');

export async function fillReportFixture(db: Database): Promise<void> {
  const rows = [
    {
      reference: 'KL-2026-00001',
      receivedAt: '2026-03-31T22:30:00Z',
      service: 'Facturatie',
      replyDueAt: '2026-04-15T22:00:00Z',
      repliedAt: '2026-04-06T22:30:00Z',
      status: 'closed',
      closedAt: '2026-04-10T10:00:00Z',
      category: 'facturatie',
      cause: 'dubbele boeking',
      correctiveAction: 'Dubbele boekingen worden gesignaleerd',
      satisfaction: { score: 4, at: '2026-04-12T10:00:00Z' },
    },
    {
      reference: 'KL-2026-00003',
      channel: 'letter',
      receivedAt: '2026-04-20T08:00:00Z',
      service: 'post',
      replyDueAt: '2026-05-04T22:00:00Z',
      acknowledgedAt: '2026-05-01T22:00:00Z',
      repliedAt: '2026-05-10T08:00:00Z',
      status: 'closed',
      closedAt: '2026-05-12T10:00:00Z',
      category: 'Bejegening',
      cause: 'Onvriendelijk, "kortaf"\naan de telefoon',
      correctiveAction: '  ',
      satisfaction: { score: 2, at: '2026-05-20T10:00:00Z' },
    },
    {
      reference: 'KL-2026-00004',
      channel: 'phone',
      receivedAt: '2026-06-10T09:00:00Z',
      service: 'Balie',
      callbackDueAt: '2026-06-10T13:00:00Z',
      calledBackAt: '2026-06-10T12:00:00Z',
      status: 'closed',
      closedAt: '2026-06-11T10:00:00Z',
      category: 'bejegening',
      cause: 'wachttijd',
      correctiveAction: 'Extra medewerker aan de telefoon',
    },
    {
      reference: 'KL-2026-00005',
      channel: 'phone',
      receivedAt: '2026-07-01T09:00:00Z',
      service: 'Balie',
      callbackDueAt: '2026-07-01T13:00:00Z',
      calledBackAt: '2026-07-01T15:00:00Z',
      replyDueAt: '2026-07-15T22:00:00Z',
      repliedAt: '2026-07-08T09:00:00Z',
      status: 'answered',
    },
    {
      reference: 'KL-2026-00006',
      receivedAt: '2026-08-15T10:00:00Z',
      replyDueAt: '2026-08-29T22:00:00Z',
      status: 'withdrawn',
    },
    {
      reference: 'KL-2026-00007',
      receivedAt: '2026-09-01T10:00:00Z',
      replyDueAt: '2026-09-15T22:00:00Z',
      termMissed: true,
      acknowledgedAt: '2026-10-01T10:00:00Z',
      status: 'acknowledged',
    },
    {
      reference: 'KL-2026-00015',
      receivedAt: '2026-10-05T10:00:00Z',
      replyDueAt: '2026-10-19T22:00:00Z',
      repliedAt: '2026-10-10T10:00:00Z',
      status: 'closed',
      closedAt: '2026-12-03T10:00:00Z',
      category: 'facturatie',
      cause: 'tarief',
      correctiveAction: 'Tarief uitgelegd op de website',
    },
    {
      reference: 'KL-2026-00002',
      channel: 'web',
      receivedAt: '2026-10-31T23:30:00Z',
      service: 'facturatie ',
      replyDueAt: '2026-11-15T23:00:00Z',
      acknowledgedAt: '2026-11-12T23:00:00Z',
      status: 'acknowledged',
    },
    {
      reference: 'KL-2026-00014',
      receivedAt: '2026-11-02T10:00:00Z',
      replyDueAt: '2026-11-16T23:00:00Z',
      acknowledgedAt: '2026-11-05T10:00:00Z',
      status: 'acknowledged',
    },
    {
      reference: 'KL-2026-00009',
      receivedAt: '2026-11-20T10:00:00Z',
      replyDueAt: '2026-12-04T23:00:00Z',
      repliedAt: '2026-11-23T10:00:00Z',
      status: 'answered',
    },
    {
      reference: 'KL-2026-00016',
      receivedAt: '2026-11-25T10:00:00Z',
      replyDueAt: '2026-12-09T23:00:00Z',
      status: 'withdrawn',
    },
    {
      reference: 'KL-2026-00008',
      receivedAt: '2026-11-28T10:00:00Z',
      replyDueAt: '2026-12-12T23:00:00Z',
      status: 'in_handling',
    },
    {
      reference: 'KL-2025-00011',
      channel: 'phone',
      receivedAt: '2025-12-01T10:00:00Z',
      callbackDueAt: '2025-12-01T14:00:00Z',
      calledBackAt: '2025-12-01T13:00:00Z',
      status: 'closed',
      closedAt: '2025-12-02T10:00:00Z',
      category: 'bejegening',
      cause: 'wachttijd',
    },
    {
      reference: 'KL-2026-00010',
      receivedAt: '2026-03-15T10:00:00Z',
      replyDueAt: '2026-03-29T22:00:00Z',
      repliedAt: '2026-03-20T10:00:00Z',
      status: 'closed',
      closedAt: '2026-03-25T10:00:00Z',
      category: 'facturatie',
      cause: 'Dubbele boeking',
      correctiveAction: 'Creditnota verstuurd',
      satisfaction: { score: 5, at: '2026-03-27T10:00:00Z' },
    },
    {
      reference: 'KL-2026-00012',
      receivedAt: '2026-03-31T21:30:00Z',
      replyDueAt: '2026-04-14T22:00:00Z',
      repliedAt: '2026-04-01T08:00:00Z',
      status: 'closed',
      closedAt: '2026-04-02T10:00:00Z',
      category: 'facturatie',
      cause: 'tarief',
      correctiveAction: 'Tarieven op de website bijgewerkt',
    },
    {
      reference: 'KL-2026-00013',
      receivedAt: '2026-11-30T23:30:00Z',
      replyDueAt: '2026-12-15T23:00:00Z',
      status: 'in_handling',
    },
  ];
  for (const row of rows) await insertComplaint(db, row);
  await insertEvent(db, 'KL-2026-00003', 'acknowledged', '2026-05-01T22:00:00Z');
  await insertMessage(db, 'KL-2026-00003', 'acknowledgement', '2026-05-03T08:00:00Z', 'letter');
  await insertEvent(db, 'KL-2026-00006', 'withdrawn', '2026-08-16T10:00:00Z');
  await insertEvent(db, 'KL-2026-00007', 'acknowledged', '2026-10-01T10:00:00Z');
  await insertMessage(db, 'KL-2026-00007', 'acknowledgement', '2026-10-01T10:00:05Z');
  await insertEvent(db, 'KL-2026-00007', 'acknowledged', '2026-10-20T10:00:00Z');
  await insertEvent(db, 'KL-2026-00007', 'escalated', '2026-11-05T23:00:00Z');
  await insertEvent(db, 'KL-2026-00002', 'acknowledged', '2026-11-12T23:00:00Z');
  await insertMessage(db, 'KL-2026-00002', 'acknowledgement', '2026-11-12T23:00:05Z');
  await insertEvent(db, 'KL-2026-00002', 'escalated', '2026-12-05T23:00:00Z');
  await insertEvent(db, 'KL-2026-00014', 'acknowledged', '2026-11-05T10:00:00Z');
  await insertEvent(db, 'KL-2026-00016', 'withdrawn', '2026-12-02T10:00:00Z');
}
