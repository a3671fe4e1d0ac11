/**
 * Intake as one step, for staff intake, the public form and the tests alike: register the complaint
 * (R2), then start its procedure, unless a retry finds it running already.
 */
import type { Client } from '@temporalio/client';
import type { ProcedureTerms } from '../../domain/terms';
import type { Database } from '../../infra/database';
import { findComplaint } from './find';
import { registerComplaint, type ComplaintRow, type Intake, type RegisterOptions } from './register';
import { startWorkflow } from './start-workflow';

export async function fileComplaint(
  db: Database,
  client: Client,
  intake: Intake,
  terms: ProcedureTerms,
  options: RegisterOptions = {},
): Promise<{ complaint: ComplaintRow; statusToken?: string }> {
  const { complaint, statusToken } = await registerComplaint(db, intake, terms, options);
  if (!complaint.workflowStartedAt) await startWorkflow(client, db, complaint);
  // Read again: starting the workflow stamped the row.
  return { complaint: await findComplaint(db, complaint.reference), statusToken };
}
