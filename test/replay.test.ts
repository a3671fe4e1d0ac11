/**
 * Stored histories (test/histories/<generation>/, one per path through the procedure) replayed against
 * the current workflow code: a change that would break a complaint already running in production fails
 * here. Generation 1 was recorded before payloads were encrypted; later ones with the codec's test key;
 * generation 3 with the lifecycle (receipt confirmation, corrections, reopening, resends); generation 4
 * with the register written by local activities (every path again: each one's history changed shape);
 * generation 5 with a reopened complaint's second reply named per round; generation 6 with the mailbox
 * poller as it ran before it waited in IMAP IDLE (issue 21); generation 7 with letters kept in their term
 * (the acknowledgement of a complaint received on a Monday goes out on the Friday before the term ends).
 */
import fs from 'node:fs';
import path from 'node:path';
import { historyFromJSON } from '@temporalio/common/lib/proto-utils';
import { bundleWorkflowCode, Worker } from '@temporalio/worker';
import { DeterminismViolationError } from '@temporalio/workflow';
import { parseKeys } from '../infra/keyring';
import { workerDataConverter } from '../infra/payload-codec';
import { WORKFLOW_SOURCES } from '../worker/bundle';
import { HISTORY_ENCRYPTION_KEYS } from './histories/keys';
import { SCENARIOS } from './histories/scenarios';
import { SERVICE_SCENARIOS } from './histories/service-scenarios';
import { BUNDLE_PATH, HISTORIES_DIR } from './support/paths';

const generations = fs.readdirSync(HISTORIES_DIR).filter((d) => fs.statSync(path.join(HISTORIES_DIR, d)).isDirectory());
const histories = generations.flatMap((generation) =>
  fs
    .readdirSync(path.join(HISTORIES_DIR, generation))
    .filter((f) => f.endsWith('.json'))
    .map((f) => ({
      name: `${generation}/${f.replace(/\.json$/, '')}`,
      history: historyFromJSON(JSON.parse(fs.readFileSync(path.join(HISTORIES_DIR, generation, f), 'utf8'))),
    })),
);
// The worker's converter, as production replays with it: plain payloads of the first generation marked.
const converter = workerDataConverter(parseKeys(HISTORY_ENCRYPTION_KEYS));
/** The complaint's own histories (the status link's small workflow is not what the changed fixture changes). */
const complaintHistories = histories.filter(
  (h) => h.history.events?.[0]?.workflowExecutionStartedEventAttributes?.workflowType?.name === 'complaintWorkflow',
);

test('stored histories cover every path through the procedure, in every generation since it existed', () => {
  const names = (generation: string) =>
    histories.filter((h) => h.name.startsWith(`${generation}/`)).map((h) => h.name.split('/')[1]);
  expect(generations).toEqual([
    '1-plain',
    '2-encrypted',
    '3-lifecycle',
    '4-local-register',
    '5-per-round-messages',
    '6-mailbox-poller',
    '7-letters-in-term',
  ]);
  expect(names('1-plain').sort()).toEqual([
    'oral-answered-at-once',
    'oral-with-callback',
    'withdrawn',
    'written-acknowledged-then-replied',
    'written-escalated',
    'written-replied-in-time',
  ]);
  // Each scenario is stored in the generation it was added in (or a later one).
  expect([...names('2-encrypted'), ...names('3-lifecycle')].sort()).toEqual(Object.keys(SCENARIOS).sort());
  // Local register writes changed every path's history, so generation 4 holds them all.
  expect(names('4-local-register').sort()).toEqual(Object.keys(SCENARIOS).sort());
  // A reopened complaint's second reply under a name of its own.
  expect(names('5-per-round-messages')).toEqual(['written-reopened']);
  // The service's own workflows (service-scenarios.ts): the poller's run of take-in and timer.
  expect(names('6-mailbox-poller')).toEqual(Object.keys(SERVICE_SCENARIOS));
  // An acknowledgement by letter whose moment leaves a working day to post it on.
  expect(names('7-letters-in-term')).toEqual(['written-by-letter']);
});

test.each(histories.map((h) => [h.name, h.history] as const))(
  'R2–R10: the %s history replays on the current workflow code',
  async (name, history) => {
    await expect(
      Worker.runReplayHistory({ workflowBundle: { codePath: BUNDLE_PATH }, dataConverter: converter }, history, name),
    ).resolves.toBeUndefined();
  },
);

describe('a change to the workflow', () => {
  const silent = () => undefined;
  const logger = { log: silent, trace: silent, debug: silent, info: silent, warn: silent, error: console.error };

  async function replayWith(variant: 'unguarded' | 'patched') {
    const workflowsPath = require.resolve(`./fixtures/changed-workflow/${variant}`);
    const { code } = await bundleWorkflowCode({ ...WORKFLOW_SOURCES, workflowsPath, logger });
    const results = [];
    const stored = complaintHistories.map((h) => ({ workflowId: h.name, history: h.history }));
    for await (const result of Worker.runReplayHistories(
      { workflowBundle: { code }, dataConverter: converter },
      stored,
    )) {
      results.push(result);
    }
    return results;
  }

  test('that is not behind patched() fails replay of every stored history', async () => {
    const results = await replayWith('unguarded');
    expect(results).toHaveLength(complaintHistories.length);
    for (const result of results) {
      expect(result.error).toBeInstanceOf(DeterminismViolationError);
    }
  });

  test('behind patched() replays every stored history', async () => {
    const results = await replayWith('patched');
    expect(results.map((r) => [r.workflowId, r.error])).toEqual(complaintHistories.map((h) => [h.name, undefined]));
  });

  test('issue 21: the mailbox poller waiting in IDLE without patched() fails replay of its run from before', async () => {
    const workflowsPath = require.resolve('./fixtures/changed-poller/unguarded');
    const { code } = await bundleWorkflowCode({ ...WORKFLOW_SOURCES, workflowsPath, logger });
    const poller = histories.find((h) => h.name === '6-mailbox-poller/mailbox-poller')!;
    const replay = Worker.runReplayHistory({ workflowBundle: { code }, dataConverter: converter }, poller.history);
    await expect(replay).rejects.toBeInstanceOf(DeterminismViolationError);
  });
});
