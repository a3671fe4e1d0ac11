/**
 * AVG/GDPR: the retention sweep's activity. It finds the complaints past retention and anonymises each in
 * its own transaction (privacy/anonymise.ts), and answers with their references only: no personal data
 * goes to Temporal. A retry after a crash finds the ones already done anonymised and skips them.
 */
import type { PrivacyActivities } from '../domain/privacy';
import type { Database } from '../infra/database';
import { anonymiseComplaint } from '../privacy/anonymise';
import { expiredComplaints } from '../privacy/expired';

export function createPrivacyActivities(deps: { db: Database }): PrivacyActivities {
  return {
    async anonymiseExpired({ closedBefore, limit }) {
      const before = new Date(closedBefore);
      const references = await expiredComplaints(deps.db, before, limit);
      for (const reference of references) {
        await anonymiseComplaint(deps.db, reference, { by: 'system', retention: closedBefore, at: new Date() });
      }
      return { references };
    },
  };
}
