/** The privacy page (GDPR) for operators in English (the keys are nl-privacy.ts's). */
import type { nlPrivacy } from './nl-privacy';

export const enPrivacy: typeof nlPrivacy = {
  privacy: {
    title: 'Privacy (GDPR)',
    intro:
      "For complainants' requests under the GDPR. What you do here is on record with the complaint: who, when and why.",
    retention: (years) =>
      `A complaint's personal data is erased automatically ${years} after it was closed or withdrawn.`,
    accessTitle: 'Access',
    accessIntro:
      'Everything the register holds about one complainant: each complaint with their details, the messages and letters, the steps, notes and satisfaction.',
    email: "Complainant's e-mail address",
    emailHint: 'Finds every complaint under this address, in any case.',
    reference: 'Reference',
    referenceHint: 'For a complaint without an e-mail address, e.g. KL-2026-00042.',
    optional: '(optional)',
    find: 'Search',
    found: (n) => (n === 1 ? 'One complaint found.' : `${n} complaints found.`),
    none: 'The register holds no complaints under these details.',
    complaint: 'Complaint',
    received: 'Received',
    status: 'Status',
    anonymised: 'Personal data erased',
    downloadJson: 'Download as JSON',
    downloadPdf: 'Download as PDF (readable, to send)',
    erasureTitle: 'Erasure on request',
    erasureIntro:
      "Erases one complaint's personal data and every text now. A complaint still in its procedure is withdrawn first. Dates, channel, service, category, cause and outcome stay, so the reports add up. This cannot be undone.",
    reason: 'Reason',
    reasonHint: "For instance: the complainant's letter of 3 December. It is kept with the complaint.",
    confirm: 'I understand that this cannot be undone',
    confirmMissing: 'Confirm that you want to erase the data.',
    erase: 'Erase personal data',
    erased: (reference) => `The personal data of ${reference} has been erased.`,
    erasedWithdrawn: (reference) => `${reference} has been withdrawn and its personal data erased.`,
  },
};
