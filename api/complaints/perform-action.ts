/**
 * A staff action on a complaint, as the JSON API and the web app's forms both do it: the role of the
 * person acting, the action's body (domain/actions.ts), what the register must confirm first
 * (register-checks.ts), then the Update on the complaint's workflow, whose validator applies the
 * procedure's rules. A refusal travels up as it came (api/errors.ts makes it a 400 or a 409).
 */
import type { Client } from '@temporalio/client';
import { WorkflowNotFoundError } from '@temporalio/client';
import { ACTIONS, updateOf, type ActionInput, type ActionName } from '../../domain/actions';
import { isFinal, type ComplaintState, type Phase } from '../../domain/complaint';
import { refuse } from '../../domain/refusals';
import type { Config } from '../../infra/config';
import type { Database } from '../../infra/database';
import { keyedId, type Keyring } from '../../infra/keyring';
import type { StaffMember } from '../auth/accounts';
import { permitted } from '../auth/authenticate';
import { findChangeableComplaint, findComplaint } from './find';
import { REGISTER_CHECKS } from './register-checks';

export async function performAction<A extends ActionName>(
  deps: { db: Database; client: Client; config: Config; keys: Keyring },
  staff: StaffMember,
  reference: string,
  name: A,
  body: unknown,
  /** The caller's idempotency key: with it, Temporal runs the Update at most once. */
  key?: string,
): Promise<ComplaintState> {
  const { db, client, config } = deps;
  permitted(staff, name);
  const row = await findChangeableComplaint(db, reference);
  const parsed = { ...ACTIONS[name].body.parse(body), by: staff.id } as unknown as ActionInput<A>;
  const check = REGISTER_CHECKS[name] as
    ((db: Database, a: ActionInput<A>, ref: string) => Promise<ActionInput<A> | void>) | undefined;
  const action = (await check?.(db, parsed, row.reference)) ?? parsed;
  try {
    return await client.withDeadline(Date.now() + config.actionTimeoutMs, () =>
      client.workflow.getHandle(row.reference).executeUpdate(updateOf(name), {
        args: [action],
        // Temporal runs an Update ID once: a retry that outlives the HTTP idempotency record still does nothing
        // twice. A keyed hash: the history shows neither the client's key nor who sent it.
        ...(key ? { updateId: keyedId(deps.keys, 'update-id', `${staff.id}:${name}:${key}`) } : {}),
      }),
    );
  } catch (error) {
    // A closed or withdrawn complaint's workflow has ended: the register says why nothing can change.
    if (error instanceof WorkflowNotFoundError) {
      const current = await findComplaint(db, row.reference);
      if (isFinal(current.status as Phase))
        refuse('complaint_ended', { reference: row.reference, phase: current.status });
    }
    throw error;
  }
}
