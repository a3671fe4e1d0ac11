/**
 * A form that carries files (multipart/form-data): its fields become the body, as a plain form's do, and
 * its files are kept in memory — never in a temporary folder, because they are personal data — as
 * `res.locals.uploads`. A file larger than the limit is not kept but marked, so that the form can say so
 * at its field; a request far beyond the limits is cut off (413). Mounted only where files are expected,
 * after the checks that need no body, so nobody sends megabytes to a page that takes none.
 */
import { Writable } from 'node:stream';
import type { RequestHandler, Response } from 'express';
import formidable from 'formidable';
import { refused } from '../errors';

export interface Upload {
  /** The form field it came in. */
  field: string;
  /** The name the sender's computer gave it; shown, never used as a path. */
  fileName: string;
  /** Its content; empty when it was over the limit. */
  content: Buffer;
  size: number;
  tooLarge: boolean;
}

export interface UploadLimits {
  maxBytes: number;
  maxFiles: number;
}

export const uploadsOf = (res: Response): Upload[] => (res.locals.uploads as Upload[] | undefined) ?? [];

export function uploadedForm(limits: UploadLimits): RequestHandler {
  return (req, res, next) => {
    if (!req.is('multipart/form-data')) return next();
    const kept = new Map<string, { chunks: Buffer[]; size: number; tooLarge: boolean }>();
    const form = formidable({
      // The files' bytes come to us (kept below), never to disk. Some files more than allowed are still
      // read, so that the form can say how many it takes; what is received in all stays bounded.
      fileWriteStreamHandler: (file) => {
        const entry = { chunks: [] as Buffer[], size: 0, tooLarge: false };
        kept.set((file as unknown as { newFilename: string }).newFilename, entry);
        return new Writable({
          write(chunk: Buffer, _encoding, done) {
            entry.size += chunk.length;
            if (entry.size > limits.maxBytes) {
              entry.tooLarge = true;
              entry.chunks = [];
            } else entry.chunks.push(chunk);
            done();
          },
        });
      },
      allowEmptyFiles: true,
      minFileSize: 0,
      maxFiles: limits.maxFiles + 10,
      maxFileSize: limits.maxBytes * 3,
      maxTotalFileSize: limits.maxBytes * (limits.maxFiles + 2),
      maxFields: 50,
      maxFieldsSize: 100 * 1024,
    });
    form.parse(req, (error, fields, files) => {
      // A request over every limit together is no form to answer.
      if (error)
        return next((error as { httpCode?: number }).httpCode === 413 ? refused(413, 'body_too_large') : error);
      req.body = Object.fromEntries(
        Object.entries(fields).map(([name, values]) => [name, (values ?? [])[0]?.replace(/\r\n?/g, '\n')]),
      );
      const uploads: Upload[] = [];
      for (const [field, list] of Object.entries(files)) {
        for (const file of list ?? []) {
          const entry = kept.get(file.newFilename);
          // An empty file input: the browser sends a part without a name and without content.
          if (!entry || (!file.originalFilename && entry.size === 0)) continue;
          uploads.push({
            field,
            fileName: (file.originalFilename ?? '').slice(0, 200) || 'bestand',
            content: Buffer.concat(entry.chunks),
            size: entry.size,
            tooLarge: entry.tooLarge,
          });
        }
      }
      res.locals.uploads = uploads;
      next();
    });
  };
}
