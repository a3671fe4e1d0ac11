/**
 * An attachment as a download: always `attachment` (never shown inline in our origin, so a file cannot
 * act as one of our pages), its recognised type, no sniffing by the browser, no cache.
 */
import type { Response } from 'express';

export function sendAttachment(res: Response, file: { fileName: string; mediaType: string }, content: Buffer): void {
  res
    .setHeader('Cache-Control', 'no-store')
    .setHeader('X-Content-Type-Options', 'nosniff')
    .attachment(file.fileName)
    .type(file.mediaType)
    .send(content);
}
