/**
 * `npm run rotate-key` while the service runs (issue 18, keys): typed as the README gives it, against
 * this file's running worker and register. The new key comes first in the key file, the old one stays;
 * both are on record; an API started afterwards seals with the new key, and the worker that was running
 * all along reads what it sealed (it finds the new key in the file), while old payloads still decode.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { runApi } from '../api/run-api';
import { loadConfig } from '../infra/config';
import { useHarness, writtenComplaint } from './support/harness';
import { ROOT } from './support/paths';
import { freePort } from './support/running-service';

const h = useHarness();

const keyIds = () =>
  (JSON.parse(fs.readFileSync(path.join(h.config.dataDir, 'keys.json'), 'utf8')).keys as string)
    .split(',')
    .map((entry) => entry.split(':')[0]);

test('rotate-key while the service runs: new payloads use the new key, the running worker reads them, old ones still decode', async () => {
  const ref = (await h.intake(writtenComplaint()).expect(201)).body.complaint.reference;
  const old = h.keys.current.id;

  const env = { ...process.env, DATA_DIR: h.config.dataDir, DATABASE_URL: h.register.url };
  const out = execFileSync('npm', ['run', '--silent', 'rotate-key'], { cwd: ROOT, env, encoding: 'utf8' });
  const [fresh, kept] = keyIds();
  expect(kept).toBe(old);
  expect(fresh).not.toBe(old);
  expect(out).toContain(`new key ${fresh}`);
  const recorded = (await h.register.db.encryptionKey.findMany()).map((k) => k.id).sort();
  expect(recorded).toEqual([fresh, old].sort());

  // The API restarted after the rotation; the harness's worker runs on with the keys it started with.
  jest.spyOn(console, 'error').mockImplementation(() => undefined); // no Schedules on the test server
  const port = await freePort();
  const api = await runApi(loadConfig({ ...env, PORT: String(port), SMTP_URL: h.smtp.url }), h.env.address);
  try {
    const auth = { Authorization: `Bearer ${h.tokens.intake}`, 'content-type': 'application/json' };
    const assigned = await fetch(`http://127.0.0.1:${port}/api/complaints/${ref}/assign`, {
      method: 'POST',
      headers: auth,
      body: JSON.stringify({ handler: 'handler-1' }),
    });
    expect(assigned.status).toBe(200);
    const shown = await fetch(`http://127.0.0.1:${port}/api/complaints/${ref}`, { headers: auth });
    expect(shown.status).toBe(200);
    expect(((await shown.json()) as { complaint: { reference: string } }).complaint.reference).toBe(ref);
  } finally {
    await api.stop();
  }
  const history = await h.workflow(ref).fetchHistory();
  type Accepted = {
    acceptedRequest?: { input?: { args?: { payloads?: { metadata?: Record<string, Uint8Array> }[] } } };
  };
  const keyOf = (attrs: Accepted) =>
    Buffer.from(attrs.acceptedRequest!.input!.args!.payloads![0].metadata!['encryption-key-id']).toString();
  const updates = history.events!.map((e) => e.workflowExecutionUpdateAcceptedEventAttributes).filter(Boolean);
  expect(updates.map((u) => keyOf(u as never))).toEqual([fresh]);
});
