/** The report page (R6) in English (the keys are nl-reports.ts's). */
import type { nlReports } from './nl-reports';

export const enReports: typeof nlReports = {
  reports: {
    title: 'Reports',
    intro: (period, previous) => `What complaints teach us (R6): ${period}, beside the period before (${previous}).`,
    measured: (at) => `Measured at ${at}: terms still running then count as pending.`,
    periodName: (from, to) => `${from} to ${to}`,

    form: 'Choose a period',
    from: 'From',
    fromHint: 'The first day of the period.',
    to: 'To (included)',
    toHint: 'The last day. Both empty: this year up to and including today.',
    shown: (period: string, byDefault: boolean) =>
      byDefault ? `Shown: this year up to and including today (${period}).` : `Shown: ${period}.`,
    show: 'Show report',

    current: 'This period',
    previous: 'Period before',
    figure: 'Figure',

    volume: 'Number of complaints',
    total: 'Complaints received',
    perMonth: 'Complaints per month',
    month: 'Month',
    monthBefore: (count, month) => `${count} (${month})`,
    perChannel: 'By channel',
    perService: 'By service',
    perCategory: 'By category',
    perCause: 'By cause (the 10 most frequent)',
    channel: 'Channel',
    service: 'Service',
    category: 'Category',
    cause: 'Cause',
    other: (values) => `Other (${values} ${values === 1 ? 'value' : 'values'})`,
    notRecorded: 'Not recorded',
    unknown: 'unknown (in other)',
    noValues: 'Nothing recorded in these periods.',

    timeliness: 'Timeliness',
    timelinessIntro:
      'Of the complaints received in the period: the share that was in time, of everything decided already.',
    reply: 'Replied to or acknowledged within the term (R9, R3)',
    acknowledgement: 'Acknowledgement sent in time (R3, R10)',
    promises: 'Promised dates kept (R10, R4)',
    callback: 'Called back in time (R7)',
    median: 'Days to reply, median (R9)',
    p90: 'Days to reply: 90% within',
    termMissed: 'Term already missed when registered (R3, R9)',
    share: (percent, inTime, decided) => `${percent} (${inTime} of ${decided})`,
    pending: (n) => `${n} still running`,
    noShare: 'nothing decided yet',
    days: (n, one) => (one ? `${n} day` : `${n} days`),
    replies: (n) => (n === 1 ? '1 reply' : `${n} replies`),
    noReplies: 'no replies',

    backlog: (date) => `Open on ${date}`,
    backlogIntro: (previous) => `Open complaints by days since receipt; beside them, those open on ${previous}.`,
    age: 'Age',
    ageDays: (label) => `${label} days`,
    backlogTotal: 'Open in total',

    corrective: 'Corrective actions (R5)',
    correctiveCount: 'Actions taken when closing',
    recent: 'The most recent actions',
    complaint: 'Complaint',
    closed: 'Closed',
    measure: 'Action',
    noMeasures: 'No corrective actions in this period.',

    satisfaction: 'Satisfaction',
    answers: 'Answers to the satisfaction question',
    average: 'Average score (1 to 5)',
    score: (k) => `Score ${k}`,
    noAverage: 'no answers',

    downloads: 'Download',
    summaryCsv: 'These figures as CSV',
    complaintsCsv: 'The complaints of this period as CSV',
    complaintsCsvHint: "One line per complaint, without the complainant's name, contact details or words.",

    chartsNote: "Each chart's figures are also in the table beside it.",
    charts: {
      'volume-trend': (p, q) =>
        `Line chart of the number of complaints per month, ${p} against ${q}. The figures are in the table "Complaints per month".`,
      channels: (p, q) =>
        `Bar chart of complaints by channel, ${p} against ${q}. The figures are in the table "By channel".`,
      categories: (p, q) =>
        `Bar chart of complaints by category, ${p} against ${q}. The figures are in the table "By category".`,
      causes: (p, q) =>
        `Bar chart of the ten most frequent causes, ${p} against ${q}. The figures are in the table "By cause".`,
      backlog: (p, q) =>
        `Bar chart of open complaints by age on ${p} against ${q}. The figures are in the table beside it.`,
    },
  },
};
