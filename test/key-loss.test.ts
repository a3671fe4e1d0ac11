/**
 * A lost key must stop the service, not be replaced (issue 17, item 4). What staff write passes through
 * Temporal encrypted, and the register keeps status links and idempotent answers sealed; a new key
 * cannot read any of it. So a start that finds the key file gone, or holding another key under a known
 * ID, refuses with a message that names the key, instead of making a new key and answering /health 200
 * while every open complaint fails to decrypt. The API and the worker are started as `npm start` starts
 * them, on this file's Temporal and register.
 */
import fs from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../infra/config';
import { newKeyId, newKeySpec } from '../infra/keyring';
import { runApi } from '../api/run-api';
import { runWorker } from '../worker/run-worker';
import { useHarness, writtenComplaint } from './support/harness';
import { freePort } from './support/running-service';

const h = useHarness();

/** The configuration `npm start` would read for this file's data folder and register. */
async function serviceConfig() {
  return loadConfig({
    DATA_DIR: h.config.dataDir,
    DATABASE_URL: h.register.url,
    PORT: String(await freePort()),
    SMTP_URL: h.smtp.url,
  });
}

const keyFile = () => path.join(h.config.dataDir, 'keys.json');
const keyIdIn = (file: string) => (JSON.parse(fs.readFileSync(file, 'utf8')).keys as string).split(':')[0];

test('a start with the key file gone refuses, naming the key it misses, and makes no new key', async () => {
  await h.intake(writtenComplaint()).expect(201); // the register and Temporal now hold sealed data
  const lost = keyIdIn(keyFile());
  fs.rmSync(keyFile());
  const config = await serviceConfig();
  await expect(runApi(config, h.env.address)).rejects.toThrow(
    new RegExp(`key "${lost}".*${keyFile().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 's'),
  );
  await expect(runWorker(config, h.env.address)).rejects.toThrow(`key "${lost}"`);
  expect(fs.existsSync(keyFile())).toBe(false);
});

test('a key file holding another key under the same ID is refused too', async () => {
  const id = h.keys.current.id;
  fs.writeFileSync(keyFile(), JSON.stringify({ keys: newKeySpec(id) }), { mode: 0o600 });
  await expect(runApi(await serviceConfig(), h.env.address)).rejects.toThrow(`key "${id}"`);
});

test('with the key back in place the service starts', async () => {
  // The time-skipping server has no Schedules: the API logs that it could not make the monthly report's.
  jest.spyOn(console, 'error').mockImplementation(() => undefined);
  fs.writeFileSync(
    keyFile(),
    JSON.stringify({ keys: `${h.keys.current.id}:${h.keys.current.key.toString('base64')}` }),
  );
  const api = await runApi(await serviceConfig(), h.env.address);
  await api.stop();
});

test('key IDs are never reused: each new key gets an ID of its own', () => {
  const ids = new Set(Array.from({ length: 200 }, () => newKeyId()));
  expect(ids.size).toBe(200);
});
