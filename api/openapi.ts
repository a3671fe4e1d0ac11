/**
 * OpenAPI 3.1 for the whole API, generated from the same zod schemas that validate requests, so the
 * documentation cannot drift from what the API accepts. Served at /api/openapi.json and, readable,
 * at /api/docs.
 */
import { z } from 'zod';
import { PERMISSIONS, type Permission } from './auth/roles';
import { accountChangeSchema, accountSchema } from './auth/accounts';
import { listQuerySchema } from './complaints/list';
import { intakeSchema, noteSchema } from './complaints/schemas';
import { ACTION_NAMES, ACTIONS } from '../domain/actions';
import { publicIntakeSchema } from './public/routes';
import { satisfactionSchema } from './public/satisfaction';
import { statusLinkRequestSchema } from './public/status-link-request';
import { correctionSchema } from './complaints/corrections';
import { allPostedSchema } from './complaints/letters-bulk';
import { entryChangeSchema, entrySchema, mappingSchema } from './lists/keep-lists';
import { MANAGED_LISTS } from '../domain/managed-lists';
import { incomingSchema } from './complaints/incoming';
import { erasureSchema } from './privacy/erase';
import { CHART_NAMES } from './reports/charts';
import { complaintsCsvQuerySchema } from './reports/complaints-csv';
import { periodQuerySchema } from './reports/period-query';
import { whatIfQuerySchema } from './reports/what-if';
import { POLICY_SETTINGS } from '../whatif/policy';

function jsonSchema(schema: z.ZodType): Record<string, unknown> {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
  return rest;
}

const json = (schema: Record<string, unknown>) => ({ content: { 'application/json': { schema } } });
const body = (schema: z.ZodType) => ({ required: true, ...json(jsonSchema(schema)) });
const error = (description: string) => ({ description, ...json({ $ref: '#/components/schemas/Error' }) });
const ok = (description: string) => ({ description, ...json({ type: 'object' }) });

const ERRORS = {
  '400': error('invalid input: `fields` names each field and the reason'),
  '401': error('no or unknown token'),
  '403': error('your roles do not allow this'),
  '404': error('no such complaint (or action)'),
  '409': error("the complaint's state does not allow this now; `error` says why"),
  '413': error('request body over 100 kB'),
  '422': error('Idempotency-Key already used for a different request'),
};

const roles = (p: Permission) => `Roles: ${PERMISSIONS[p].join(', ')}.`;
const reference = {
  name: 'reference',
  in: 'path',
  required: true,
  schema: { type: 'string', pattern: '^KL-\\d{4}-\\d{5,}$' },
  example: 'KL-2026-00001',
};
const idempotencyKey = { $ref: '#/components/parameters/IdempotencyKey' };
const listParameter = {
  name: 'list',
  in: 'path',
  required: true,
  schema: { type: 'string', enum: [...MANAGED_LISTS] },
};

export function openApiDocument(): Record<string, unknown> {
  const actions = Object.fromEntries(
    ACTION_NAMES.map((name) => [
      `/api/complaints/{reference}/${name}`,
      {
        post: {
          tags: ['staff actions'],
          summary: ACTIONS[name].summary,
          description: `${ACTIONS[name].description} ${roles(name)} Answers with the complaint's new state.`,
          parameters: [reference, idempotencyKey],
          requestBody: body(ACTIONS[name].body),
          responses: {
            '200': ok("the action and the complaint's new state"),
            ...ERRORS,
            '503': error('no worker took the action within ACTION_TIMEOUT; repeat it with the same Idempotency-Key'),
          },
        },
      },
    ]),
  );
  const listQuery = jsonSchema(listQuerySchema) as { properties: Record<string, Record<string, unknown>> };
  const queryParameters = (schema: z.ZodType) =>
    Object.entries((jsonSchema(schema) as { properties: Record<string, Record<string, unknown>> }).properties).map(
      ([name, s]) => ({ name, in: 'query', schema: s }),
    );
  const period = queryParameters(periodQuerySchema).map((p) => ({
    ...p,
    description:
      p.name === 'from'
        ? 'first day (local date in TIME_ZONE); with `to`, or neither: the year so far, today included'
        : 'last day, included',
  }));
  const csv = (description: string) => ({ description, content: { 'text/csv': { schema: { type: 'string' } } } });

  return {
    openapi: '3.1.0',
    info: {
      title: 'Klachtenregister API',
      version: '1.0.0',
      description:
        'Complaint handling on durable workflows. Staff authenticate with `Authorization: Bearer <token>`; ' +
        'every action is recorded with the account that did it. POSTs accept an `Idempotency-Key`. Answers with ' +
        'personal data carry `Cache-Control: no-store`; a method a path does not declare answers 405 with `Allow`.',
    },
    security: [{ bearer: [] }],
    tags: [
      { name: 'complaints' },
      { name: 'staff actions' },
      { name: 'letters' },
      { name: 'public' },
      { name: 'accounts' },
      { name: 'operators' },
      { name: 'lists' },
      { name: 'reports' },
    ],
    paths: {
      '/api/complaints': {
        post: {
          tags: ['complaints'],
          summary: 'Register a complaint (R1, R2)',
          description: `Registers the complaint with a reference and starts its procedure. ${roles('complaint.register')} Only an authorised representative may include \`answeredAtOnce\` (R7).`,
          parameters: [idempotencyKey],
          requestBody: body(intakeSchema),
          responses: {
            '201': ok("the registered complaint, its procedure started, and the complainant's private status link"),
            '202': ok(
              'registered while Temporal does not answer: `procedure` is `starting`; it starts as soon as Temporal is back',
            ),
            ...ERRORS,
          },
        },
        get: {
          tags: ['complaints'],
          summary: 'List and search the register',
          description: `Filters combine; \`q\` searches subject and description; \`sort=nextDeadline\` puts what is due first. ${roles('complaint.read')}`,
          parameters: Object.entries(listQuery.properties).map(([name, schema]) => ({ name, in: 'query', schema })),
          responses: {
            '200': ok(
              'a page of complaints with the total: exact up to 10,000 (`totalExact`), else 10,000 and `totalExact: false`',
            ),
            ...ERRORS,
          },
        },
      },
      '/api/complaints/{reference}': {
        get: {
          tags: ['complaints'],
          summary: 'One complaint: register record, live state with deadlines and next step, messages, events',
          description: `Messages to the complainant show "[persoonlijke statuslink]" ("[personal status link]") where the message sent carried the private status link. ${roles('complaint.read')}`,
          parameters: [reference],
          responses: { '200': ok('the complaint'), ...ERRORS },
        },
      },
      '/api/complaints/{reference}/proof': {
        get: {
          tags: ['complaints'],
          summary:
            'The deadline proof (R4): every term, when it was due, how it was met or missed, and the events that show it',
          description: `Built from the register alone, so it outlives Temporal's history retention. ${roles('complaint.read')}`,
          parameters: [reference],
          responses: { '200': ok('the terms with their outcome and evidence'), ...ERRORS },
        },
      },
      '/api/complaints/{reference}/notes': {
        post: {
          tags: ['staff actions'],
          summary: 'Add an internal note (never shown to the complainant)',
          description: roles('complaint.note'),
          parameters: [reference, idempotencyKey],
          requestBody: body(noteSchema),
          responses: { '201': ok('the note'), ...ERRORS },
        },
      },
      ...actions,
      '/api/complaints/{reference}/attachments': {
        get: {
          tags: ['complaints'],
          summary: "The complaint's attachments: the complainant's (public form) and staff's",
          description: roles('complaint.read'),
          parameters: [reference],
          responses: {
            '200': ok(
              '`{ items: [{ id, source, fileName, mediaType, size, createdAt, createdBy, outgoing, messageKey }] }`',
            ),
            ...ERRORS,
          },
        },
        post: {
          tags: ['complaints'],
          summary: 'Add files: a scanned letter, a photo, a PDF',
          description: `multipart/form-data: the files in \`attachments\` (at most ATTACHMENT_MAX_FILES, each at most ATTACHMENT_MAX_BYTES; PDF, JPEG or PNG by their content, not their name: 400 \`attachment_type\`, \`attachment_size\`, \`attachment_count\` at the field), \`outgoing=yes\` to send them with the next reply or message staff write to the complainant by e-mail. Kept encrypted outside the register's rows, never in Temporal. ${roles('complaint.attach')}`,
          parameters: [reference, idempotencyKey],
          requestBody: {
            required: true,
            content: {
              'multipart/form-data': {
                schema: {
                  type: 'object',
                  properties: {
                    attachments: { type: 'array', items: { type: 'string', format: 'binary' } },
                    outgoing: { type: 'string', enum: ['yes'] },
                  },
                  required: ['attachments'],
                },
              },
            },
          },
          responses: { '201': ok('`{ ids }`'), ...ERRORS },
        },
      },
      '/api/complaints/{reference}/attachments/{id}': {
        get: {
          tags: ['complaints'],
          summary: 'One attachment, as a download (its recognised type; never inline)',
          description: roles('complaint.read'),
          parameters: [reference, { name: 'id', in: 'path', required: true, schema: { type: 'integer' } }],
          responses: { '200': { description: 'the file', content: { 'application/octet-stream': {} } }, ...ERRORS },
        },
      },
      '/api/complaints/{reference}/complainant': {
        patch: {
          tags: ['complaints'],
          summary: "Correct the complainant's contact details or language (on record: who, old → new)",
          description: `Only the fields given change; empty or null removes a detail. A written complaint keeps an e-mail or a postal address. The next message uses the corrected details. ${roles('complaint.correct')}`,
          parameters: [reference],
          requestBody: body(correctionSchema),
          responses: { '200': ok('the corrected details and the changes'), ...ERRORS },
        },
      },
      '/api/complaints/{reference}/incoming': {
        post: {
          tags: ['staff actions'],
          summary: 'Record what the complainant said later (phone, e-mail, letter, at the desk)',
          description: `In the complaint's timeline; never on the complainant's status page. ${roles('complaint.note')}`,
          parameters: [reference, idempotencyKey],
          requestBody: body(incomingSchema),
          responses: { '201': ok('the incoming message on record'), ...ERRORS },
        },
      },
      '/api/complaints/{reference}/messages/{id}/letter.pdf': {
        get: {
          tags: ['letters'],
          summary: 'A message that goes by letter, as a printable A4 PDF',
          description: roles('complaint.read'),
          parameters: [reference, { name: 'id', in: 'path', required: true, schema: { type: 'integer' } }],
          responses: { '200': { description: 'the letter', content: { 'application/pdf': {} } }, ...ERRORS },
        },
      },
      '/api/complaints/{reference}/messages/{id}/posted': {
        post: {
          tags: ['letters'],
          summary: 'The letter was posted (on record with who and when)',
          description: roles('letter.post'),
          parameters: [
            reference,
            { name: 'id', in: 'path', required: true, schema: { type: 'integer' } },
            idempotencyKey,
          ],
          responses: { '200': ok('the message'), ...ERRORS },
        },
      },
      '/api/letters': {
        get: {
          tags: ['letters'],
          summary: 'Letters to post (R4): the queue, soonest posting deadline first',
          description: `\`status=to_post\` (default) or \`posted\`. ${roles('complaint.read')}`,
          parameters: [{ name: 'status', in: 'query', schema: { type: 'string', enum: ['to_post', 'posted'] } }],
          responses: { '200': ok('the letters, each with its PDF link and posting deadline'), ...ERRORS },
        },
      },
      '/api/letters/to-post.pdf': {
        get: {
          tags: ['letters'],
          summary: 'Every letter to post in one PDF, each from a new page, in the order of the queue',
          description: `\`ids=3,5,8\`: only those of these letters still to post (the ones a page listed); without it, all. ${roles('complaint.read')}`,
          parameters: [{ name: 'ids', in: 'query', schema: { type: 'string', pattern: '^\\d+(,\\d+)*$' } }],
          responses: {
            '200': { description: 'the letters', content: { 'application/pdf': {} } },
            '204': { description: 'no letter is waiting to be posted' },
            ...ERRORS,
          },
        },
      },
      '/api/letters/posted': {
        post: {
          tags: ['letters'],
          summary: 'The printed letters were posted, all together (each on record with who and when, once)',
          description: `Answers which of \`ids\` this request posted and which were posted already: a retry posts nothing twice. ${roles('letter.post')}`,
          parameters: [idempotencyKey],
          requestBody: body(allPostedSchema),
          responses: { '200': ok('`{ posted: [ids], already: [ids] }`'), ...ERRORS },
        },
      },
      '/api/lists': {
        get: {
          tags: ['lists'],
          summary: 'The managed lists of services, categories and causes (R6), with the values still to map',
          description: `Per list its entries (in use or retired, each with its number of complaints) and the free-text values the register holds that are no entry's name. Once a list has entries, intake and closing take only its entries in use (by name, in any case), or an old value mapped to one (400 \`not_in_list\` otherwise). ${roles('lists.manage')}`,
          responses: { '200': ok('`{ lists: [{ list, entries, unmapped }] }`'), ...ERRORS },
        },
      },
      '/api/lists/{list}/entries': {
        post: {
          tags: ['lists'],
          summary: 'Add an entry to a list',
          description: `\`list\`: service, category or cause. A name the list has already (in any case or accents): 400 \`list_entry_exists\`. ${roles('lists.manage')}`,
          parameters: [listParameter, idempotencyKey],
          requestBody: body(entrySchema),
          responses: { '201': ok('`{ entry }`'), ...ERRORS },
        },
      },
      '/api/lists/{list}/entries/{id}': {
        patch: {
          tags: ['lists'],
          summary: 'Rename an entry (its complaints with it), retire it or take it back into use',
          description: `A retired entry is no longer offered or accepted; the complaints that have it keep it. The old name of a renamed entry is mapped to it. ${roles('lists.manage')}`,
          parameters: [
            listParameter,
            { name: 'id', in: 'path', required: true, schema: { type: 'integer' } },
            idempotencyKey,
          ],
          requestBody: body(entryChangeSchema),
          responses: { '200': ok('`{ entry }`'), ...ERRORS },
        },
      },
      '/api/lists/{list}/mappings': {
        post: {
          tags: ['lists'],
          summary: 'Map an old free-text value to an entry: its complaints take the entry’s name',
          description: `The value is compared trimmed, in any case and without accents; later intake or closing that gives it takes the entry. ${roles('lists.manage')}`,
          parameters: [listParameter, idempotencyKey],
          requestBody: body(mappingSchema),
          responses: { '200': ok('`{ entry, complaints }`: how many complaints now hold the entry'), ...ERRORS },
        },
      },
      '/api/staff': {
        post: {
          tags: ['accounts'],
          summary: 'Make a staff account; the answer holds its token, shown only this once',
          description: `Its person gets a link to choose a password: mailed to its address (\`passwordLink: { sentTo }\`), or, without one, in this answer once (\`passwordLink: { url, expiresAt }\`). ${roles('staff.manage')}`,
          parameters: [idempotencyKey],
          requestBody: body(accountSchema),
          responses: { '201': ok('the account and its token'), ...ERRORS },
        },
        get: {
          tags: ['accounts'],
          summary: 'List staff accounts',
          description: roles('staff.manage'),
          responses: { '200': ok('the accounts'), ...ERRORS },
        },
      },
      '/api/staff/{id}': {
        get: {
          tags: ['accounts'],
          summary: 'An account with its sessions and its history (who changed what, when)',
          description: roles('staff.manage'),
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
          responses: { '200': ok('`{ account, sessions, events }`'), ...ERRORS, '404': error('no such account') },
        },
        patch: {
          tags: ['accounts'],
          summary: "Change an account's name, e-mail address or roles",
          description: `Reminders about complaints assigned to the account go to its e-mail address, from the next one on; \`email: null\` sends them to the complaints desk again. An address belongs to one account (409 otherwise). ${roles('staff.manage')}`,
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
          requestBody: body(accountChangeSchema),
          responses: { '200': ok('the account'), ...ERRORS, '404': error('no such account') },
        },
      },
      ...Object.fromEntries(
        (
          [
            ['disable', 'Disable an account: its token stops working at once'],
            ['enable', 'Enable a disabled account again'],
            ['token', 'Give an account a new token (shown once); the old one stops working'],
            ['revoke-token', "Revoke the account's token: no token works until a new one is made"],
            ['password-link', 'A link to choose a new password: mailed, or in the answer once without an address'],
            ['end-sessions', "End all of the account's web app sessions"],
            ['remove-second-factor', 'Take away the second factor (a lost phone); the person sets it up again'],
          ] as const
        ).map(([action, summary]) => [
          `/api/staff/{id}/${action}`,
          {
            post: {
              tags: ['accounts'],
              summary,
              description: roles('staff.manage'),
              parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }, idempotencyKey],
              responses: { '200': ok('the account'), ...ERRORS },
            },
          },
        ]),
      ),
      '/api/reports/summary': {
        get: {
          tags: ['reports'],
          summary: 'What complaints teach (R6): volume, causes, timeliness, backlog, corrective actions, satisfaction',
          description: `Every figure for the period and for the period of equal length before it (as many whole months, else days), computed by the database. Terms that have not ended when the report is made count as pending. ${roles('reports.read')}`,
          parameters: period,
          responses: { '200': ok('`{ measuredAt, timeZone, current, previous }`, each a set of figures'), ...ERRORS },
        },
      },
      '/api/reports/summary.csv': {
        get: {
          tags: ['reports'],
          summary: 'The summary as CSV: one figure per record, this period beside the one before',
          description: `UTF-8 with a byte order mark, RFC 4180, as a download. ${roles('reports.read')}`,
          parameters: period,
          responses: { '200': csv('section, figure, key, current, previous'), ...ERRORS },
        },
      },
      '/api/reports/charts/{name}.svg': {
        get: {
          tags: ['reports'],
          summary: "A chart of the summary's figures as SVG (trend per month, channels, categories, causes, backlog)",
          description: `Accessible (an image with a title and a description that holds the numbers), every number also as text. ${roles('reports.read')}`,
          parameters: [
            { name: 'name', in: 'path', required: true, schema: { type: 'string', enum: [...CHART_NAMES] } },
            ...period,
          ],
          responses: {
            '200': { description: 'the chart', content: { 'image/svg+xml': { schema: { type: 'string' } } } },
            ...ERRORS,
            '404': error('no such chart'),
          },
        },
      },
      '/api/reports/what-if': {
        get: {
          tags: ['reports'],
          summary: 'What if the procedure changed (R6): the period replayed under today’s terms and under the proposal',
          description: `The complaints received from \`from\` to \`to\` (local dates, at most 366 days) replayed through the workflow on a time-skipping server, once under today's terms and once with each \`set=KEY=VALUE\` applied (${POLICY_SETTINGS.join(', ')}), staff acting at the same offsets from arrival. It starts or joins the same workflow run as POST and answers when the run is done (seconds to minutes); a program that should not hold a request open uses POST. Nothing is sent or stored; no personal data is read. ${roles('reports.read')}`,
          parameters: queryParameters(whatIfQuerySchema),
          responses: {
            '200': ok('`{ period, settings, baseline, proposal, changed, faithfulness }`'),
            ...ERRORS,
          },
        },
        post: {
          tags: ['reports'],
          summary: 'The what-if as a Temporal workflow: 202 and where its answer will be',
          description: `The same request as GET (its query as a JSON body; \`set\` one string or several), run in the background by a workflow whose ID is a hash of the request: the same request asked again while it runs, or within an hour of its answer, joins that run (the same \`Location\`); later it runs again on the register as it is then. Ask at \`Location\` until the answer is in. ${roles('reports.read')}`,
          requestBody: body(whatIfQuerySchema),
          responses: {
            '202': {
              description: '`{ id, status: "running" }`; `Location`: GET /api/reports/what-if/runs/{id}',
              headers: { Location: { schema: { type: 'string' } } },
              ...json({ type: 'object' }),
            },
            ...ERRORS,
          },
        },
      },
      '/api/reports/what-if/runs/{id}': {
        get: {
          tags: ['reports'],
          summary:
            'A what-if run: `{ status: "running" }`, `{ status: "failed" }`, or the answer with `status: "done"`',
          description: `The answer has the synchronous GET's shape (\`period, settings, staffTiming, baseline, proposal, changed, faithfulness\`) and \`status: "done"\`. An ID that names no run is a 404. ${roles('reports.read')}`,
          parameters: [
            { name: 'id', in: 'path', required: true, schema: { type: 'string', pattern: '^what-if-[0-9a-f]{20}$' } },
          ],
          responses: {
            '200': ok('the run: running, failed, or done with its answer'),
            ...ERRORS,
            '404': error('no such run'),
          },
        },
      },
      '/api/reports/what-if.csv': {
        get: {
          tags: ['reports'],
          summary:
            'The what-if as CSV: each figure with baseline and proposal, the complaints whose outcome changes, faithfulness',
          description: `UTF-8 with a byte order mark, RFC 4180, as a download; every week's workload. ${roles('reports.read')}`,
          parameters: queryParameters(whatIfQuerySchema),
          responses: { '200': csv('section, figure, baseline, proposal'), ...ERRORS },
        },
      },
      '/api/reports/complaints.csv': {
        get: {
          tags: ['reports'],
          summary: 'The register as CSV, one record per complaint, filtered as the list is (without `q`)',
          description: `reference, received, channel, service, status, handler, reply due, replied, closed, category, cause, satisfaction — never the complainant's name, contact details, subject or words: the file leaves the register. Local times in TIME_ZONE; UTF-8 with a byte order mark; streamed. ${roles('reports.read')}`,
          parameters: queryParameters(complaintsCsvQuerySchema),
          responses: { '200': csv('one record per complaint'), ...ERRORS },
        },
      },
      ...Object.fromEntries(
        (
          [
            ['/api/privacy/access', 'application/json', 'inline'],
            ['/api/privacy/access.json', 'application/json', 'a download'],
            ['/api/privacy/access.pdf', 'application/pdf', 'a readable Dutch PDF, as a download'],
          ] as const
        ).map(([path, type, how]) => [
          path,
          {
            get: {
              tags: ['privacy'],
              summary: 'AVG/GDPR, right of access: everything held about one complainant',
              description: `Every complaint under the e-mail address (in any case) or with the reference: the complainant's details, texts, messages and letters, steps (notes and incoming messages among them), satisfaction; ${how}. Each export is on record with every complaint it shows. ${roles('privacy.access')}`,
              parameters: [
                {
                  name: 'email',
                  in: 'query',
                  description: 'the e-mail address',
                  schema: { type: 'string', format: 'email' },
                },
                { name: 'reference', in: 'query', description: 'or (and) a reference', schema: { type: 'string' } },
              ],
              responses: {
                '200': {
                  description: 'the export',
                  content: { [type]: { schema: { type: type === 'application/pdf' ? 'string' : 'object' } } },
                },
                ...ERRORS,
              },
            },
          },
        ]),
      ),
      '/api/privacy/erasures': {
        post: {
          tags: ['privacy'],
          summary: "AVG/GDPR, erasure on request: one complaint's personal data, now",
          description: `A complaint still in its procedure is withdrawn through its workflow first; then the register is anonymised as after the retention period (reference, dates, channel, service, category, cause and outcomes stay, so reports add up), the reason on record, and the workflow's history is deleted from Temporal. Repeating it changes nothing. ${roles('privacy.erase')}`,
          parameters: [idempotencyKey],
          requestBody: body(erasureSchema),
          responses: { '200': ok('`{ erasure: { reference, anonymisedAt, withdrawn, history } }`'), ...ERRORS },
        },
      },
      '/codec/decode': {
        post: {
          tags: ['operators'],
          summary: "Temporal's codec server: decode encrypted payloads for Temporal Web",
          description: `Body and answer \`{ payloads: [{ metadata, data }] }\`, bytes as base64. ${roles('payloads.decode')} Temporal Web, served to operators at /temporal/ on this origin, calls it with the operator's session (from TEMPORAL_UI_ORIGIN: with credentials, if Temporal Web is set to send them).`,
          responses: {
            '200': ok('the payloads, decoded'),
            ...ERRORS,
            '422': error('a payload that was altered, or sealed with a key the service does not have'),
          },
        },
      },
      '/api/public/complaints': {
        post: {
          tags: ['public'],
          summary: 'File a complaint through the web form (no account)',
          description:
            'Registered as a written complaint by the web channel. Rate-limited per client (an address, an IPv6 /64), ' +
            'counting accepted complaints only (429 with Retry-After). With an `Idempotency-Key` the same body from ' +
            'the same client gets the first answer; another body 422.',
          security: [],
          parameters: [idempotencyKey],
          requestBody: body(publicIntakeSchema),
          responses: {
            '201': ok('the reference and the private status link'),
            '429': error('too many complaints from this client'),
            ...ERRORS,
          },
        },
      },
      '/api/public/status-link': {
        post: {
          tags: ['public'],
          summary: 'Ask for the status link again (reference and e-mail address)',
          description:
            'Always 202 with the same answer; when reference and address belong together, the link goes to that address. Rate-limited per client (an address, an IPv6 /64), counting valid requests.',
          security: [],
          requestBody: body(statusLinkRequestSchema),
          responses: { '202': ok('asked'), '429': error('too many requests from this client'), ...ERRORS },
        },
      },
      '/api/public/status/{token}/satisfaction': {
        post: {
          tags: ['public'],
          summary: 'Answer the satisfaction question after closing (R6), once',
          security: [],
          parameters: [{ name: 'token', in: 'path', required: true, schema: { type: 'string' } }],
          requestBody: body(satisfactionSchema),
          responses: { '200': ok('recorded'), ...ERRORS },
        },
      },
      '/api/public/status/{token}': {
        get: {
          tags: ['public'],
          summary: 'What the complainant may see of their complaint',
          security: [],
          parameters: [{ name: 'token', in: 'path', required: true, schema: { type: 'string' } }],
          responses: { '200': ok('status, expected reply date, messages sent'), '404': error('unknown status link') },
        },
      },
    },
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: "A staff account's API token" } },
      parameters: {
        IdempotencyKey: {
          name: 'Idempotency-Key',
          in: 'header',
          required: false,
          description:
            'Repeating a POST with the same key and body returns the first answer and does nothing twice; the same key with another body gets 422.',
          schema: { type: 'string', maxLength: 200 },
        },
      },
      schemas: {
        Error: {
          type: 'object',
          required: ['error'],
          properties: {
            error: { type: 'string' },
            fields: {
              type: 'array',
              items: { type: 'object', properties: { field: { type: 'string' }, reason: { type: 'string' } } },
            },
          },
        },
      },
    },
  };
}
