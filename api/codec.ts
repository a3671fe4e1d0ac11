/**
 * Temporal's codec-server protocol, so Temporal Web can show operators what the payload codec encrypted:
 * POST /codec/decode with { payloads: [{ metadata, data }] } (bytes as base64). Only accounts with the
 * operator role may decode; everyone else sees ciphertext. Temporal Web calls it from the browser: served
 * by this service at /temporal/ (api/temporal-web.ts), from this origin, so the operator's session cookie
 * goes with every call. A Temporal Web opened on its own origin (TEMPORAL_UI_ORIGIN) gets CORS answers,
 * and decodes only if it is set to send credentials cross-origin.
 */
import express, { Router, type RequestHandler } from 'express';
import type { Payload } from '@temporalio/common';
import { z } from 'zod';
import type { Database } from '../infra/database';
import { EncryptionCodec } from '../infra/payload-codec';
import type { Keyring } from '../infra/keyring';
import { allow, authenticate } from './auth/authenticate';
import type { SessionStore } from './auth/sessions';
import { refused } from './errors';

const base64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/, 'base64');
const payloadsSchema = z.object({
  payloads: z
    .array(z.object({ metadata: z.record(z.string(), base64).optional(), data: base64.optional() }))
    .max(1_000),
});

const fromJson = (p: z.infer<typeof payloadsSchema>['payloads'][number]): Payload => ({
  metadata: Object.fromEntries(Object.entries(p.metadata ?? {}).map(([k, v]) => [k, Buffer.from(v, 'base64')])),
  data: Buffer.from(p.data ?? '', 'base64'),
});

const toJson = (p: Payload) => ({
  metadata: Object.fromEntries(
    Object.entries(p.metadata ?? {}).map(([k, v]) => [k, Buffer.from(v!).toString('base64')]),
  ),
  data: Buffer.from(p.data ?? new Uint8Array()).toString('base64'),
});

/** Temporal Web (another origin) may call with the operator's credentials; nobody else may. */
function cors(origin: string): RequestHandler {
  return (req, res, next) => {
    if (req.get('Origin') === origin) {
      res.set({
        'Access-Control-Allow-Origin': origin,
        'Access-Control-Allow-Credentials': 'true',
        'Access-Control-Allow-Headers': 'Authorization, Content-Type, X-Namespace',
        'Access-Control-Allow-Methods': 'POST, OPTIONS',
        'Access-Control-Max-Age': '600',
      });
    }
    res.vary('Origin');
    if (req.method === 'OPTIONS') {
      res.status(204).end();
      return;
    }
    next();
  };
}

export function codecRouter(deps: { db: Database; sessions: SessionStore; keys: Keyring; uiOrigin: string }): Router {
  const codec = new EncryptionCodec(deps.keys);
  const router = Router();
  router.use('/codec', cors(deps.uiOrigin));
  // A whole history's payloads can be larger than an API request; still bounded.
  router.post(
    '/codec/decode',
    express.json({ limit: '4mb' }),
    // The operator's web app session, sent by Temporal Web "with credentials"; decoding changes nothing,
    // so no CSRF token is needed, and CORS lets only Temporal Web's origin read the answer.
    authenticate(deps.db, { sessions: deps.sessions, sessionMayPost: true }),
    allow('payloads.decode'),
    async (req, res) => {
      const { payloads } = payloadsSchema.parse(req.body);
      try {
        res.json({ payloads: (await codec.decode(payloads.map(fromJson))).map(toJson) });
      } catch (error) {
        throw refused(422, 'undecodable', { detail: (error as Error).message });
      }
    },
  );
  return router;
}
