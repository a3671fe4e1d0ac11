/**
 * AVG/GDPR: the retention sweep's activity. It finds the complaints past retention and anonymises each in
 * its own transaction (privacy/anonymise.ts), and answers with their references only: no personal data
 * goes to Temporal. A retry after a crash finds the ones already done anonymised and skips them.
 */
import type { PrivacyActivities } from '../domain/privacy';
import type { Database } from '../infra/database';
import type { AttachmentStore } from '../infra/attachment-store';
import { anonymiseComplaint } from '../privacy/anonymise';
import { expiredComplaints } from '../privacy/expired';

export function createPrivacyActivities(deps: { db: Database; attachments: AttachmentStore }): PrivacyActivities {
  return {
    async anonymiseExpired({ closedBefore, limit }) {
      const before = new Date(closedBefore);
      const references = await expiredComplaints(deps.db, before, limit);
      for (const reference of references) {
        const how = { by: 'system' as const, retention: closedBefore, at: new Date() };
        await anonymiseComplaint(deps.db, reference, how, deps.attachments);
      }
      return { references };
    },
  };
}
