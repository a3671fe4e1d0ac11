/**
 * Stored histories (test/histories, one per path through the procedure) replayed against the current
 * workflow code: a change that would break a complaint already running in production fails here.
 */
import fs from 'node:fs';
import path from 'node:path';
import { historyFromJSON } from '@temporalio/common/lib/proto-utils';
import { bundleWorkflowCode, Worker } from '@temporalio/worker';
import { DeterminismViolationError } from '@temporalio/workflow';
import { BUNDLE_PATH, HISTORIES_DIR } from './support/paths';

const histories = fs
  .readdirSync(HISTORIES_DIR)
  .filter((f) => f.endsWith('.json'))
  .map((f) => ({
    name: f.replace(/\.json$/, ''),
    history: historyFromJSON(JSON.parse(fs.readFileSync(path.join(HISTORIES_DIR, f), 'utf8'))),
  }));

test('stored histories cover every path through the procedure', () => {
  expect(histories.map((h) => h.name).sort()).toEqual([
    'oral-answered-at-once',
    'oral-with-callback',
    'withdrawn',
    'written-acknowledged-then-replied',
    'written-escalated',
    'written-replied-in-time',
  ]);
});

test.each(histories.map((h) => [h.name, h.history] as const))(
  'R2–R10: the %s history replays on the current workflow code',
  async (name, history) => {
    await expect(
      Worker.runReplayHistory({ workflowBundle: { codePath: BUNDLE_PATH } }, history, name),
    ).resolves.toBeUndefined();
  },
);

describe('a change to the workflow', () => {
  const silent = () => undefined;
  const logger = { log: silent, trace: silent, debug: silent, info: silent, warn: silent, error: console.error };

  async function replayWith(variant: 'unguarded' | 'patched') {
    const workflowsPath = require.resolve(`./fixtures/changed-workflow/${variant}`);
    const { code } = await bundleWorkflowCode({ workflowsPath, logger });
    const results = [];
    const stored = histories.map((h) => ({ workflowId: h.name, history: h.history }));
    for await (const result of Worker.runReplayHistories({ workflowBundle: { code } }, stored)) results.push(result);
    return results;
  }

  test('that is not behind patched() fails replay of every stored history', async () => {
    const results = await replayWith('unguarded');
    expect(results).toHaveLength(histories.length);
    for (const result of results) {
      expect(result.error).toBeInstanceOf(DeterminismViolationError);
    }
  });

  test('behind patched() replays every stored history', async () => {
    const results = await replayWith('patched');
    expect(results.map((r) => [r.workflowId, r.error])).toEqual(histories.map((h) => [h.name, undefined]));
  });
});
