/**
 * R6: the figures and the register as CSV for a spreadsheet — RFC 4180 quoting, UTF-8 with a byte order
 * mark (Excel), a download (Content-Disposition: attachment), the list's filters, and nothing about the
 * complainant: the file leaves the register.
 */
import request from 'supertest';
import { useHarness } from './support/harness';
import { insertComplaint } from './support/register-rows';
import { fieldCodes } from './support/problems';
import { binaryBody } from './support/binary-body';

const h = useHarness();

const TRICKY = 'Facturatie, "dubbel"\nen te laat';
const PERSON = { name: 'Şükrü Öztürk', email: 'sukru.ozturk@example.nl', phone: '06 12345678' };
const SUBJECT = 'Mijn buurman Jansen, zie bijlage';
const PAGED = 1_203;

beforeAll(async () => {
  const db = h.register.db;
  await insertComplaint(db, {
    reference: 'KL-2026-00001',
    receivedAt: '2026-03-31T22:30:00Z', // 1 April, 00:30 in Amsterdam
    service: 'Facturatie',
    status: 'closed',
    handler: 'handler-1',
    replyDueAt: '2026-04-15T22:00:00Z',
    repliedAt: '2026-04-06T08:15:00Z',
    closedAt: '2026-04-10T10:00:00Z',
    category: TRICKY,
    cause: '=HYPERLINK("http://example.com")',
    satisfaction: { score: 4, at: '2026-04-12T10:00:00Z' },
    subject: SUBJECT,
    complainant: PERSON,
  });
  await insertComplaint(db, {
    reference: 'KL-2026-00002',
    channel: 'phone',
    receivedAt: '2026-10-31T23:30:00Z', // 1 November, 00:30
    callbackDueAt: '2026-11-01T03:30:00Z',
    status: 'awaiting_callback',
    subject: SUBJECT,
    complainant: PERSON,
  });
  // Enough for three pages of the export, all received in 2025, some at the same moment.
  await db.complaint.createMany({
    data: Array.from({ length: PAGED }, (_, i) => ({
      reference: `KL-2025-${String(i + 1).padStart(5, '0')}`,
      year: 2025,
      sequence: i + 1,
      channel: 'email',
      kind: 'written',
      subject: SUBJECT,
      description: 'Beschrijving',
      complainantName: PERSON.name,
      receivedAt: new Date(Date.UTC(2025, 0, 1) + Math.floor(i / 3) * 3_600_000),
      registeredBy: 'desk',
      terms: '{}',
      status: 'closed',
    })),
  });
});

/** The body exactly as sent, bytes and all. */
const raw = (path: string, role: 'manager' | 'operator' = 'manager') =>
  request(h.app).get(path).set(h.as(role)).buffer(true).parse(binaryBody);

/** RFC 4180: fields separated by commas, records by CRLF, quoted fields may hold both, "" is a quote. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c !== '"') field += c;
      else if (text[i + 1] === '"') field += text[++i];
      else quoted = false;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      record.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i++;
    } else if (c === '\n' || c === '\r') throw new Error(`bare line break outside quotes at ${i}`);
    else field += c;
  }
  if (field || record.length) throw new Error('last record does not end with CRLF');
  return records;
}

async function csv(path: string) {
  const res = await raw(path).expect(200);
  const bytes = res.body as Buffer;
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 byte order mark, for Excel
  return { res, records: parseCsv(bytes.subarray(3).toString('utf8')) };
}

test('R6: the register as a spreadsheet — BOM, header, one record per complaint, RFC 4180 quoting, local times, a download', async () => {
  const { res, records } = await csv('/api/reports/complaints.csv?receivedFrom=2026-01-01');
  expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
  expect(res.headers['content-disposition']).toMatch(/^attachment; filename="klachten-\d{4}-\d{2}-\d{2}\.csv"$/);
  expect(records[0]).toEqual([
    'reference',
    'received',
    'channel',
    'service',
    'status',
    'handler',
    'reply due',
    'replied',
    'closed',
    'category',
    'cause',
    'satisfaction',
  ]);
  expect(records.slice(1)).toEqual([
    [
      'KL-2026-00001',
      '2026-04-01 00:30',
      'email',
      'Facturatie',
      'closed',
      'handler-1',
      '2026-04-16 00:00',
      '2026-04-06 10:15',
      '2026-04-10 12:00',
      TRICKY, // comma, quotes and a line break survive the round trip
      '\'=HYPERLINK("http://example.com")', // shown as text, not run as a formula
      '4',
    ],
    ['KL-2026-00002', '2026-11-01 00:30', 'phone', '', 'awaiting_callback', '', '', '', '', '', '', ''],
  ]);
  const text = (res.body as Buffer).toString('utf8');
  expect(text).toContain('"Facturatie, ""dubbel""\nen te laat"');
});

test('R6: the list filters apply to the export (status, channel, handler, dates of receipt)', async () => {
  const refs = async (query: string) =>
    (await csv(`/api/reports/complaints.csv?${query}`)).records.slice(1).map((r) => r[0]);
  expect(await refs('receivedFrom=2026-01-01&channel=phone')).toEqual(['KL-2026-00002']);
  expect(await refs('receivedFrom=2026-01-01&status=closed')).toEqual(['KL-2026-00001']);
  expect(await refs('handler=handler-1')).toEqual(['KL-2026-00001']);
  expect(await refs('receivedFrom=2026-04-01&receivedTo=2026-11-01')).toEqual(['KL-2026-00001']);
  expect(await refs('receivedFrom=2025-01-01T00:00:00Z&receivedTo=2025-01-01T02:00:00Z')).toEqual([
    'KL-2025-00001',
    'KL-2025-00002',
    'KL-2025-00003',
    'KL-2025-00004',
    'KL-2025-00005',
    'KL-2025-00006',
  ]);
});

test('R6/privacy: the export holds nothing about the complainant, and cannot be searched by name', async () => {
  const { res } = await csv('/api/reports/complaints.csv');
  const text = (res.body as Buffer).toString('utf8');
  for (const personal of [PERSON.name, PERSON.email, PERSON.phone, SUBJECT, 'Beschrijving', 'Öztürk', 'Jansen']) {
    expect(text).not.toContain(personal);
  }
  const search = await request(h.app).get('/api/reports/complaints.csv?q=Öztürk').set(h.as('manager'));
  expect(search.status).toBe(400);
  expect(fieldCodes(search.body)).toEqual([{ field: 'q', code: 'unknown_field' }]);
});

test('R6: streamed in pages — every complaint once, in order of receipt, also when several arrive at the same moment', async () => {
  const { records } = await csv('/api/reports/complaints.csv?receivedTo=2026-01-01');
  const refs = records.slice(1).map((r) => r[0]);
  expect(refs).toHaveLength(PAGED);
  expect(new Set(refs).size).toBe(PAGED);
  expect(refs).toEqual([...refs].sort());
});

test('R6: the summary as CSV — a download, a figure per record, this period beside the one before', async () => {
  const { res, records } = await csv('/api/reports/summary.csv?from=2026-04-01&to=2026-11-30');
  expect(res.headers['content-disposition']).toBe(
    'attachment; filename="klachten-samenvatting-2026-04-01-2026-11-30.csv"',
  );
  expect(records[0]).toEqual(['section', 'figure', 'key', 'current', 'previous']);
  const find = (figure: string, key: string) => records.find((r) => r[1] === figure && r[2] === key);
  expect(find('from', '')).toEqual(['period', 'from', '', '2026-04-01', '2025-08-01']);
  expect(find('total', '')).toEqual(['volume', 'total', '', '2', '0']);
  expect(find('per month', '2026-04 vs 2025-08')).toEqual(['volume', 'per month', '2026-04 vs 2025-08', '1', '0']);
  expect(find('per month', '2026-11 vs 2026-03')).toEqual(['volume', 'per month', '2026-11 vs 2026-03', '1', '0']);
  expect(find('per category', TRICKY)).toEqual(['volume', 'per category', TRICKY, '1', '0']);
  expect(find('reply within term', 'in time')).toEqual(['timeliness', 'reply within term', 'in time', '1', '0']);
  expect(find('days to reply', 'median')).toEqual(['timeliness', 'days to reply', 'median', '5.4', '']);
  expect(find('score', '4')).toEqual(['satisfaction', 'score', '4', '1', '0']);
});

test('R6: the exports are for managers and operators only', async () => {
  await raw('/api/reports/complaints.csv', 'operator').expect(200);
  for (const role of ['intake', 'handler', 'representative'] as const) {
    await request(h.app).get('/api/reports/complaints.csv').set(h.as(role)).expect(403);
    await request(h.app).get('/api/reports/summary.csv').set(h.as(role)).expect(403);
  }
});
