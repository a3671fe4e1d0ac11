/**
 * supertest's parser for a binary answer (a PDF, a file download): the body as one Buffer, as sent.
 * Use as `.buffer(true).parse(binaryBody)`.
 */
import type { Response } from 'superagent';

export function binaryBody(res: Response, done: (error: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => done(null, Buffer.concat(chunks)));
}
