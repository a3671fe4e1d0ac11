/**
 * A posted form's body. Browsers send a text area's line breaks as CRLF; the register, letters and e-mails
 * keep LF, as the JSON API receives them, so that a text reads (and compares) the same however it came in.
 */
import express, { type RequestHandler } from 'express';

const normalise: RequestHandler = (req, _res, next) => {
  const body = req.body as Record<string, unknown> | undefined;
  if (body && typeof body === 'object') {
    for (const [name, value] of Object.entries(body)) {
      if (typeof value === 'string') body[name] = value.replace(/\r\n?/g, '\n');
    }
  }
  next();
};

/** Parses a form post (at most 100 kB, as the JSON API's bodies) with LF line breaks. */
export const formBody = (): RequestHandler[] => [express.urlencoded({ extended: false, limit: '100kb' }), normalise];
