/**
 * Only what the service encrypted reaches a complaint's workflow (issue 17, item 3). Anyone who can
 * reach the Temporal frontend can send an Update, a Signal or a start request; without the payload key
 * they can only send plain JSON. The worker refuses it: a forged "withdraw" with someone's name as actor
 * must change nothing and put nothing on record, a forged signal is ignored, a forged start fails at
 * once. Sent here with a client that encrypts nothing but can read the answers, as an operator could with
 * the CLI and the codec endpoint (which only decodes).
 */
import { Client, WorkflowFailedError, WorkflowUpdateFailedError } from '@temporalio/client';
import type { PayloadCodec } from '@temporalio/common';
import { TASK_QUEUE, contactChangedSignal, updateOf } from '../domain/actions';
import { reasonOf } from '../domain/refusals';
import { DEFAULT_TERMS } from '../domain/terms';
import { EncryptionCodec, FAILURE_CONVERTER_PATH } from '../infra/payload-codec';
import { useHarness, writtenComplaint } from './support/harness';

const h = useHarness();
const UNSEALED_REFUSAL = reasonOf({ code: 'unsealed' });
let plain: Client;

beforeAll(() => {
  const decodeOnly: PayloadCodec = { encode: async (p) => p, decode: (p) => new EncryptionCodec(h.keys).decode(p) };
  plain = new Client({
    connection: h.env.connection,
    namespace: h.env.namespace ?? 'default',
    dataConverter: { payloadCodecs: [decodeOnly], failureConverterPath: FAILURE_CONVERTER_PATH },
  });
});

async function registered(): Promise<string> {
  return (await h.intake(writtenComplaint()).expect(201)).body.complaint.reference;
}

test("a plain-JSON Update is refused: the complaint is not withdrawn, nothing is on record in anyone's name", async () => {
  const ref = await registered();
  const forged = plain.workflow.getHandle(ref).executeUpdate(updateOf('withdraw'), {
    args: [{ by: 'handler-1', reason: 'Ingetrokken' }],
  });
  await expect(forged).rejects.toBeInstanceOf(WorkflowUpdateFailedError);
  await expect(forged).rejects.toMatchObject({ cause: { message: UNSEALED_REFUSAL, details: [{ code: 'unsealed' }] } });
  expect((await h.status(ref)).phase).toBe('in_handling');
  const events = await h.register.db.complaintEvent.findMany({ where: { reference: ref } });
  expect(events.map((e) => e.action)).not.toContain('withdrawn');
  // The same action sent by the API goes through: the refusal is about the payload, not the action.
  await h.act(ref, 'withdraw', { reason: 'Klager trekt de klacht in.' }, 'intake').expect(200);
  expect((await h.status(ref)).phase).toBe('withdrawn');
});

test('a plain-JSON Signal is ignored', async () => {
  const ref = await registered();
  await plain.workflow
    .getHandle(ref)
    .signal(contactChangedSignal, { by: 'intake-1', contact: { email: false, postal: false } });
  await h.act(ref, 'assign', { handler: 'handler-1' }, 'intake').expect(200); // the signal has been handled by now
  const after = await h.act(ref, 'reply-sent', { channel: 'email', text: 'Ons antwoord.' }, 'handler');
  // With the forged "no e-mail address" taken in, a reply by e-mail would have been refused.
  expect(after.status).toBe(200);
});

test('a complaint workflow started with plain-JSON input fails at once, before it puts anything on record', async () => {
  const reference = `KL-VALS-${Date.now()}`;
  const now = (await h.now()).toISOString();
  const handle = await plain.workflow.start('complaintWorkflow', {
    taskQueue: TASK_QUEUE,
    workflowId: reference,
    args: [
      {
        reference,
        channel: 'email',
        kind: 'written',
        receivedAt: now,
        registeredAt: now,
        registeredBy: 'desk',
        contact: { email: true, postal: false },
        terms: DEFAULT_TERMS,
      },
    ],
  });
  await expect(handle.result()).rejects.toBeInstanceOf(WorkflowFailedError);
  await expect(handle.result()).rejects.toMatchObject({ cause: { message: UNSEALED_REFUSAL, type: 'UnsealedInput' } });
  expect(await h.register.db.complaintEvent.count({ where: { reference } })).toBe(0);
});
