/** The OpenAPI document is generated from the validating schemas, and it tells the truth about the API. */
import request from 'supertest';
import type { Role } from '../api/auth/roles';
import { startHarness, writtenComplaint, type Harness } from './support/harness';

let h: Harness;
let doc: { openapi: string; paths: Record<string, Record<string, Operation>> };
let reference: string;
type Operation = {
  requestBody?: { content: Record<string, { schema: Record<string, unknown> }> };
  responses: Record<string, unknown>;
  security?: unknown[];
};

beforeAll(async () => {
  h = await startHarness();
  doc = (await request(h.app).get('/api/openapi.json').expect(200)).body;
  reference = (await request(h.app).post('/api/complaints').set(h.as('intake')).send(writtenComplaint()).expect(201))
    .body.complaint.reference;
});
afterAll(async () => {
  await h?.stop();
});

test('OpenAPI 3.1 documents every staff action, intake, lists, letters, accounts, reports, privacy and the public side', () => {
  expect(doc.openapi).toBe('3.1.0');
  expect(Object.keys(doc.paths).sort()).toEqual(
    [
      '/api/complaints',
      '/api/complaints/{reference}',
      '/api/complaints/{reference}/notes',
      '/api/complaints/{reference}/attachments',
      '/api/complaints/{reference}/attachments/{id}',
      '/api/complaints/{reference}/proof',
      '/api/complaints/{reference}/complainant',
      '/api/complaints/{reference}/incoming',
      '/api/complaints/{reference}/reopen',
      '/api/complaints/{reference}/send-message',
      '/api/complaints/{reference}/resend-message',
      '/api/complaints/{reference}/callback-done',
      '/api/complaints/{reference}/written-confirmation',
      '/api/complaints/{reference}/cannot-answer-in-time',
      '/api/complaints/{reference}/reply-sent',
      '/api/complaints/{reference}/close',
      '/api/complaints/{reference}/withdraw',
      '/api/complaints/{reference}/assign',
      '/api/complaints/{reference}/messages/{id}/letter.pdf',
      '/api/complaints/{reference}/messages/{id}/posted',
      '/api/staff',
      '/api/staff/{id}',
      '/api/staff/{id}/disable',
      '/api/staff/{id}/enable',
      '/api/staff/{id}/end-sessions',
      '/api/staff/{id}/password-link',
      '/api/staff/{id}/remove-second-factor',
      '/api/staff/{id}/revoke-token',
      '/api/staff/{id}/token',
      '/codec/decode',
      '/api/letters',
      '/api/letters/to-post.pdf',
      '/api/letters/posted',
      '/api/lists',
      '/api/lists/{list}/entries',
      '/api/lists/{list}/entries/{id}',
      '/api/lists/{list}/mappings',
      '/api/public/complaints',
      '/api/public/status/{token}',
      '/api/public/status/{token}/satisfaction',
      '/api/public/status-link',
      '/api/reports/summary',
      '/api/reports/summary.csv',
      '/api/reports/charts/{name}.svg',
      '/api/reports/complaints.csv',
      '/api/reports/what-if',
      '/api/reports/what-if.csv',
      '/api/reports/what-if/runs/{id}',
      '/api/privacy/access',
      '/api/privacy/access.json',
      '/api/privacy/access.pdf',
      '/api/privacy/erasures',
    ].sort(),
  );
});

test('request schemas come from the validating schemas: required fields, enums, no unknown fields', () => {
  const intake = doc.paths['/api/complaints'].post.requestBody!.content['application/json'].schema;
  expect(intake.required).toEqual(expect.arrayContaining(['channel', 'complainant', 'subject', 'description']));
  expect(intake.additionalProperties).toBe(false);
  expect((intake.properties as Record<string, { enum?: string[] }>).channel.enum).toEqual([
    'phone',
    'in_person',
    'letter',
    'email',
    'web',
  ]);
  const reply =
    doc.paths['/api/complaints/{reference}/reply-sent'].post.requestBody!.content['application/json'].schema;
  expect((reply.properties as Record<string, { enum?: string[] }>).channel.enum).toEqual([
    'email',
    'letter',
    'elsewhere',
  ]);
});

const ROLE_FOR: Record<string, Role> = {
  '/api/staff': 'operator',
  '/api/staff/{id}': 'operator',
  '/api/staff/{id}/disable': 'operator',
  '/api/staff/{id}/enable': 'operator',
  '/api/staff/{id}/token': 'operator',
  '/codec/decode': 'operator',
  '/api/reports/summary': 'manager',
  '/api/reports/summary.csv': 'manager',
  '/api/reports/charts/{name}.svg': 'manager',
  '/api/reports/complaints.csv': 'manager',
  '/api/complaints/{reference}/callback-done': 'representative',
  '/api/complaints/{reference}/written-confirmation': 'representative',
};

test('every documented operation, called with an empty body, answers with a status it documents', async () => {
  for (const [path, operations] of Object.entries(doc.paths)) {
    for (const [method, operation] of Object.entries(operations)) {
      const url = path
        .replace('{reference}', reference)
        .replace('{id}', '1')
        .replace('{token}', 'x'.repeat(43))
        .replace('{name}', 'volume-trend');
      const call = request(h.app)[method as 'get' | 'post' | 'patch'](url);
      if (operation.security?.length !== 0) call.set(h.as(ROLE_FOR[path] ?? 'handler'));
      const res = await call.send({});
      expect({
        path,
        method,
        status: String(res.status),
        documented: Object.keys(operation.responses).includes(String(res.status)),
      }).toMatchObject({
        documented: true,
      });
    }
  }
});

test('the docs page serves Swagger UI from the package, pointed at the document', async () => {
  const page = await request(h.app).get('/api/docs');
  expect(page.status).toBe(200);
  expect(page.text).toContain('<script src="/api/docs/init.js"></script>');
  const init = await request(h.app).get('/api/docs/init.js');
  expect(init.text).toContain("url: '/api/openapi.json'");
  const bundle = await request(h.app).get('/api/docs/assets/swagger-ui-bundle.js');
  expect(bundle.status).toBe(200);
  expect(bundle.headers['content-type']).toMatch(/javascript/);
});

/** Every `pattern` in the document, with where it is. */
function patternsIn(value: unknown, at = ''): { at: string; pattern: string }[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => patternsIn(v, `${at}/${i}`));
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, v]) =>
    key === 'pattern' && typeof v === 'string' ? [{ at, pattern: v }] : patternsIn(v, `${at}/${key}`),
  );
}

test('every pattern is a plain regular expression (no Unicode property escapes), and the text patterns mean what the validator means', () => {
  const patterns = patternsIn(doc);
  expect(patterns.length).toBeGreaterThan(0);
  for (const { at, pattern } of patterns) {
    expect({ at, pattern, propertyEscape: /\\[pP]\{/.test(pattern) }).toMatchObject({ propertyEscape: false });
    expect(() => new RegExp(pattern)).not.toThrow();
  }
  // What the validator refuses: control characters (Unicode category Cc); in text of several lines, tab and line breaks pass.
  const control = /\p{Cc}/u;
  const intake = doc.paths['/api/complaints'].post.requestBody!.content['application/json'].schema as {
    properties: Record<string, { pattern: string }>;
  };
  const line = new RegExp(intake.properties.subject.pattern);
  const lines = new RegExp(intake.properties.description.pattern);
  const samples = [...Array.from({ length: 0x3000 }, (_, c) => String.fromCodePoint(c)), '😀', '\u{10ffff}', '\ud800'];
  for (const c of samples) {
    const name = `U+${c.codePointAt(0)!.toString(16)}`;
    expect({ name, line: line.test(`a${c}b`) }).toEqual({ name, line: !control.test(c) });
    expect({ name, lines: lines.test(`a${c}b`) }).toEqual({ name, lines: !control.test(c) || '\t\n\r'.includes(c) });
  }
});

test('a method the document does not declare on a declared path answers 405 with Allow and a problem in our words', async () => {
  let checked = 0;
  for (const [path, operations] of Object.entries(doc.paths)) {
    const declared = Object.keys(operations).map((m) => m.toUpperCase());
    const allow = [...declared, ...(declared.includes('GET') ? ['HEAD'] : [])].sort().join(', ');
    const url = path
      .replace('{reference}', reference)
      .replace('{id}', '1')
      .replace('{token}', 'x'.repeat(43))
      .replace('{name}', 'volume-trend');
    for (const method of ['get', 'post', 'put', 'patch', 'delete'] as const) {
      if (declared.includes(method.toUpperCase())) continue;
      const call = request(h.app)[method](url);
      const res = await call.set(h.as(ROLE_FOR[path] ?? 'handler'));
      expect({ path, method, status: res.status, allow: res.headers.allow }).toEqual({
        path,
        method,
        status: 405,
        allow,
      });
      expect(res.headers['content-type']).toMatch(/^application\/json/);
      expect(res.body.error).toBe(`${method.toUpperCase()} is not allowed on ${path}: use ${allow}`);
      checked++;
    }
  }
  expect(checked).toBeGreaterThan(100);
});
