/**
 * Intake as one step, for staff intake, the public form and the tests alike: register the complaint
 * (R2), then start its procedure, unless a retry finds it running already. When Temporal does not
 * answer, the complaint stays registered and its procedure starts later (see start-workflow.ts).
 */
import type { Client } from '@temporalio/client';
import type { ProcedureTerms } from '../../domain/terms';
import type { Database } from '../../infra/database';
import { registerComplaint, type ComplaintRow, type Intake, type RegisterOptions } from './register';
import { startWorkflow } from './start-workflow';

export interface Filed {
  complaint: ComplaintRow;
  /** The complainant's private status link token; only on the request that registered the complaint. */
  statusToken?: string;
  /** Whether the complaint's procedure runs; false while Temporal is unreachable. */
  started: boolean;
}

export async function fileComplaint(
  db: Database,
  client: Client,
  intake: Intake,
  terms: ProcedureTerms,
  options: RegisterOptions = {},
): Promise<Filed> {
  const { complaint, statusToken } = await registerComplaint(db, intake, terms, options);
  if (!complaint.workflowStartedAt) complaint.workflowStartedAt = await startWorkflow(client, db, complaint);
  return { complaint, statusToken, started: !!complaint.workflowStartedAt };
}
