/**
 * A complaint's attachments (a scanned letter, a photo, a PDF), from the complainant's form or added by
 * staff: checked by their content (domain/attachment-types.ts) and size before anything is kept, their
 * contents in the attachment store (infra/attachment-store.ts), their facts in the register. Personal
 * data: never in Temporal, in the right-of-access export, gone with anonymisation.
 */
import { sniffAttachmentType, type AttachmentSource } from '../../domain/attachment-types';
import { problem, type FieldProblem } from '../../domain/problems';
import { attachmentStore, type AttachmentStore } from '../../infra/attachment-store';
import type { Config } from '../../infra/config';
import type { Database } from '../../infra/database';
import type { Keyring } from '../../infra/keyring';
import { badRequest, notFound } from '../errors';
import type { StaffMember } from '../auth/accounts';
import { permitted } from '../auth/authenticate';
import { findComplaint } from '../complaints/find';
import { refuse } from '../../domain/refusals';
import type { Upload } from '../web/uploads';

export const storeOf = (deps: { config: Config; keys: Keyring }): AttachmentStore =>
  attachmentStore(deps.config.attachments.dir, deps.keys);

/** What is wrong with the files of one form, all at once, at field `field`. */
export function uploadProblems(
  uploads: Upload[],
  limits: Config['attachments'],
  field = 'attachments',
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (uploads.length > limits.maxFiles) problems.push(problem(field, 'attachment_count', { max: limits.maxFiles }));
  for (const u of uploads) {
    if (u.tooLarge || u.size > limits.maxBytes) {
      problems.push(problem(field, 'attachment_size', { name: u.fileName, max: limits.maxBytes }));
    } else if (!sniffAttachmentType(u.content)) {
      problems.push(problem(field, 'attachment_type', { name: u.fileName }));
    }
  }
  return problems;
}

/** Keeps files checked by uploadProblems with complaint `reference`. */
export async function storeUploads(
  deps: { db: Database; config: Config; keys: Keyring; clock: () => Promise<Date> },
  reference: string,
  uploads: Upload[],
  by: { source: AttachmentSource; actor: string; outgoing?: boolean },
): Promise<number[]> {
  const store = storeOf(deps);
  const at = await deps.clock();
  const ids: number[] = [];
  for (const u of uploads) {
    const mediaType = sniffAttachmentType(u.content)!;
    const { storedAs, keyId } = await store.save(u.content);
    const row = await deps.db.attachment.create({
      data: {
        reference,
        source: by.source,
        fileName: u.fileName,
        mediaType,
        size: u.size,
        storedAs,
        keyId,
        createdAt: at,
        createdBy: by.actor,
        outgoing: by.outgoing ?? false,
      },
    });
    ids.push(row.id);
  }
  return ids;
}

export interface AttachmentFacts {
  id: number;
  source: string;
  fileName: string;
  mediaType: string;
  size: number;
  createdAt: Date;
  createdBy: string;
  outgoing: boolean;
  messageKey: string | null;
}

/** Complaint `reference`'s attachments, oldest first; only the complainant's own for their status page. */
export function attachmentsOf(db: Database, reference: string, source?: AttachmentSource): Promise<AttachmentFacts[]> {
  return db.attachment.findMany({
    where: { reference, ...(source ? { source } : {}) },
    orderBy: { id: 'asc' },
    select: {
      id: true,
      source: true,
      fileName: true,
      mediaType: true,
      size: true,
      createdAt: true,
      createdBy: true,
      outgoing: true,
      messageKey: true,
    },
  });
}

/** One attachment of `reference` with its content, for a download. */
export async function attachmentContent(
  deps: { db: Database; config: Config; keys: Keyring },
  reference: string,
  id: number,
  source?: AttachmentSource,
) {
  const row = Number.isSafeInteger(id)
    ? await deps.db.attachment.findFirst({ where: { id, reference, ...(source ? { source } : {}) } })
    : null;
  if (!row) throw notFound(`attachment ${id} of ${reference}`);
  return { row, content: await storeOf(deps).read(row) };
}

/** Staff add files to complaint `reference` (a scanned letter, a photo); `outgoing`: to go with the next message. */
export async function attachByStaff(
  deps: { db: Database; config: Config; keys: Keyring; clock: () => Promise<Date> },
  staff: StaffMember,
  reference: string,
  uploads: Upload[],
  outgoing: boolean,
): Promise<number[]> {
  permitted(staff, 'complaint.attach');
  const row = await findComplaint(deps.db, reference);
  if (row.anonymisedAt) refuse('complaint_anonymised', { reference: row.reference });
  const problems = uploads.length
    ? uploadProblems(uploads, deps.config.attachments)
    : [problem('attachments', 'required')];
  if (problems.length) throw badRequest(problems);
  return storeUploads(deps, row.reference, uploads, { source: 'staff', actor: staff.id, outgoing });
}
