/**
 * AVG/GDPR for operators, as JSON and files: everything held about one complainant (GET
 * /api/privacy/access, and as files access.json and access.pdf), and the erasure of one complaint (POST
 * /api/privacy/erasures). The files are served under /app/privacy too, for the web page's session. Every
 * export is on record with each complaint it showed: who looked, and when.
 */
import { randomUUID } from 'node:crypto';
import { eventName } from '../../domain/events';
import { Router, type Request } from 'express';
import { z } from 'zod';
import type { Database } from '../../infra/database';
import { subjectAccess, type SubjectAccess } from '../../privacy/subject-access';
import { storeOf } from '../attachments/attachments';
import type { StaffMember } from '../auth/accounts';
import { allow, staffOf } from '../auth/authenticate';
import { referenceSchema } from '../complaints/schemas';
import type { AppDeps } from '../deps';
import { renderAccessPdf } from './access-pdf';
import { eraseComplaint } from './erase';

// A form sends an empty field for one left empty.
const blank = (v: unknown) => (v === '' ? undefined : v);

export const accessQuerySchema = z
  .object({
    email: z.preprocess(blank, z.email('must be an e-mail address').optional()),
    reference: z.preprocess(blank, referenceSchema.optional()),
  })
  .refine((q) => q.email || q.reference, { path: ['email'], message: 'email_or_reference' });

export type AccessFormat = 'json' | 'pdf';

/** The export for `req`'s query, on record with every complaint it holds. */
export async function exportFor(deps: AppDeps, staff: StaffMember, req: Request, format: AccessFormat) {
  const query = accessQuerySchema.parse(req.query);
  // The JSON file holds the attachments' contents too; the PDF names them.
  const access = await subjectAccess(deps.db, query, await deps.clock(), format === 'json' ? storeOf(deps) : undefined);
  await recordExport(deps.db, staff, access, format);
  return access;
}

async function recordExport(db: Database, staff: StaffMember, access: SubjectAccess, format: AccessFormat) {
  const at = new Date(access.generatedAt);
  await db.complaintEvent.createMany({
    data: access.complaints.map((c) => ({
      key: `${c.reference}/data-exported-${randomUUID()}`,
      reference: c.reference,
      actor: staff.id,
      action: eventName('data_exported'),
      detail: JSON.stringify({ format }),
      at,
    })),
  });
}

const fileName = (access: SubjectAccess, ext: string) => `inzage-${access.generatedAt.slice(0, 10)}.${ext}`;

/** The export as files to download: access.json and access.pdf. */
export function privacyFilesRouter(deps: AppDeps): Router {
  const router = Router();
  router.get('/access.json', allow('privacy.access'), async (req, res) => {
    const access = await exportFor(deps, staffOf(res), req, 'json');
    res.attachment(fileName(access, 'json')).json(access);
  });
  router.get('/access.pdf', allow('privacy.access'), async (req, res) => {
    const access = await exportFor(deps, staffOf(res), req, 'pdf');
    const pdf = await renderAccessPdf(access, {
      organisation: deps.config.organisationName,
      timeZone: deps.config.terms.timeZone,
    });
    res.attachment(fileName(access, 'pdf')).type('application/pdf').send(pdf);
  });
  return router;
}

export function privacyApiRouter(deps: AppDeps): Router {
  const router = Router();
  router.get('/access', allow('privacy.access'), async (req, res) => {
    res.json(await exportFor(deps, staffOf(res), req, 'json'));
  });
  router.use(privacyFilesRouter(deps));
  router.post('/erasures', allow('privacy.erase'), async (req, res) => {
    res.json({ erasure: await eraseComplaint(deps, staffOf(res), req.body) });
  });
  return router;
}
