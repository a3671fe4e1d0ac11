/**
 * AVG/GDPR and R6 (issue 18): anonymising leaves every report figure as it was. The register of known
 * complaints that reports-summary.test.ts counts by hand (support/report-fixture.ts) is anonymised — the
 * closed and withdrawn ones by the retention sweep's activity, then, to be sure no figure reads anything
 * personal, every other one too — and the whole summary, this period and the one before, is compared.
 */
import request from 'supertest';
import { createApp } from '../api/app';
import { createPrivacyActivities } from '../activities/retention';
import { anonymiseComplaint } from '../privacy/anonymise';
import { attachmentStore } from '../infra/attachment-store';
import { useHarness } from './support/harness';
import { fillReportFixture, MEASURED_AT } from './support/report-fixture';

const h = useHarness();
const PERIODS = ['from=2026-04-01&to=2026-11-30', 'from=2025-01-01&to=2026-12-31'];
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  app = createApp({
    db: h.register.db,
    client: h.env.client,
    config: h.config,
    keys: h.keys,
    mailer: h.mailer,
    clock: async () => MEASURED_AT,
  });
  await fillReportFixture(h.register.db);
});

const summaries = () =>
  Promise.all(
    PERIODS.map(
      async (p) => (await request(app).get(`/api/reports/summary?${p}`).set(h.as('manager')).expect(200)).body,
    ),
  );
const csv = async () =>
  (await request(app).get(`/api/reports/summary.csv?${PERIODS[0]}`).set(h.as('manager')).expect(200)).text;

test('AVG/R6: the reports give the same figures before and after anonymisation — by the retention sweep, and of every complaint', async () => {
  const before = await summaries();
  const beforeCsv = await csv();
  expect(before[0].current.volume.total).toBe(12); // the hand count of reports-summary.test.ts

  const attachments = attachmentStore(h.config.attachments.dir, h.keys);
  const { references } = await createPrivacyActivities({ db: h.register.db, attachments }).anonymiseExpired({
    closedBefore: MEASURED_AT.toISOString(),
    limit: 100,
  });
  // Closed: A, C, D, O, K, J, L; withdrawn: F, P. Open ones and M (in neither period, open) stay.
  expect(references).toEqual(
    ['00001', '00003', '00004', '00006', '00010', '00012', '00015', '00016']
      .map((n) => `KL-2026-${n}`)
      .concat('KL-2025-00011')
      .sort(),
  );
  expect(await summaries()).toEqual(before);

  for (const { reference } of await h.register.db.complaint.findMany({ where: { anonymisedAt: null } }))
    await anonymiseComplaint(
      h.register.db,
      reference,
      { by: 'operator-1', reason: 'test', at: MEASURED_AT },
      attachments,
    );
  expect(await h.register.db.complaint.count({ where: { complainantName: { not: '' } } })).toBe(0);
  expect(await summaries()).toEqual(before);
  expect(await csv()).toBe(beforeCsv);
});
