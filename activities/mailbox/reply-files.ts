/**
 * Issue 21: the files that came with a mail, kept as the public form's are (api/attachments): only a PDF,
 * JPEG or PNG by its content (never by its name or declared type), each within ATTACHMENT_MAX_BYTES, at
 * most ATTACHMENT_MAX_FILES of them; encrypted in the attachment store. A reply's join its complaint at
 * once; a mail in triage keeps them on its row until staff make it a complaint or add it to one.
 * Anything else stays in the mailbox, where staff can still read it.
 */
import { sniffAttachmentType } from '../../domain/attachment-types';
import type { AttachmentStore } from '../../infra/attachment-store';
import type { Database } from '../../infra/database';
import { MAILBOX_ACTOR } from './join-reply';
import type { MailFile } from './parse-mail';

export interface ReplyFileDeps {
  db: Database;
  store: AttachmentStore;
  limits: { maxBytes: number; maxFiles: number };
}

/** A kept file, as a mail's row in triage lists it. */
export interface StoredFile {
  fileName: string;
  mediaType: string;
  size: number;
  storedAs: string;
  keyId: string;
}

/** Saves the allowed files in the store. */
export async function saveFiles(deps: ReplyFileDeps, files: MailFile[]): Promise<StoredFile[]> {
  const allowed = files
    .filter((f) => f.content.length <= deps.limits.maxBytes)
    .map((f) => ({ ...f, mediaType: sniffAttachmentType(f.content) }))
    .filter((f) => f.mediaType)
    .slice(0, deps.limits.maxFiles);
  const stored: StoredFile[] = [];
  for (const f of allowed) {
    const { storedAs, keyId } = await deps.store.save(f.content);
    stored.push({ fileName: f.fileName, mediaType: f.mediaType!, size: f.content.length, storedAs, keyId });
  }
  return stored;
}

/** Puts saved files with complaint `reference`, as the complainant's. */
export async function attachStoredFiles(db: Database, reference: string, files: StoredFile[], at: Date) {
  for (const f of files) {
    if (await db.attachment.findUnique({ where: { storedAs: f.storedAs }, select: { id: true } })) continue;
    await db.attachment.create({
      data: { reference, source: 'complainant', ...f, createdAt: at, createdBy: MAILBOX_ACTOR },
    });
  }
}

/** A mail row's kept files (its `files` column). */
export function storedFilesOf(row: { files: string | null }): StoredFile[] {
  return row.files ? (JSON.parse(row.files) as StoredFile[]) : [];
}

/** Keeps the allowed files of a reply with complaint `reference`; returns how many. */
export async function keepReplyFiles(deps: ReplyFileDeps, reference: string, files: MailFile[], at: Date) {
  const stored = await saveFiles(deps, files);
  await attachStoredFiles(deps.db, reference, stored, at);
  return stored.length;
}
