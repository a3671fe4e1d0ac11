// The worker bundles this file: it lists every workflow the complaint worker runs.
export { complaintWorkflow } from './complaint-workflow';
export { statusLinkWorkflow } from './status-link-workflow';
export { monthlyReportWorkflow } from './monthly-report-workflow';
export { retentionWorkflow } from './retention-workflow';
export { mailboxPollerWorkflow } from './mailbox-poller-workflow';
export { whatIfWorkflow } from './what-if-workflow';
