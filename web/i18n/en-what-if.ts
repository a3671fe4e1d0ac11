/** Issue 22, the what-if page in English (the keys are nl-what-if.ts's). */
import type { nlWhatIf } from './nl-what-if';

export const enWhatIf: typeof nlWhatIf = {
  whatIf: {
    title: 'What if the procedure changed',
    link: 'What if the procedure changed: try a proposal',
    intro:
      "A period's complaints replayed, once under today's terms and once under a proposal. Nothing is sent or stored.",
    form: 'Proposal',
    from: 'From',
    fromHint: 'The first day complaints were received.',
    to: 'Up to and including',
    toHint: 'The last day; the period is at most 366 days.',
    settings: 'Proposed settings',
    settingsHint: 'Empty: as now.',
    replyTermDays: 'Reply term in days (REPLY_TERM_DAYS)',
    replyTermDaysHint: 'For example 10.',
    workingDays: 'Count the reply term in (REPLY_TERM_IN_WORKING_DAYS)',
    asNow: 'As now',
    workingDaysYes: 'Working days',
    workingDaysNo: 'Calendar days',
    callbackDue: 'Call back within (CALLBACK_DUE)',
    callbackDueHint: 'A duration, for example 2h or 1d.',
    acknowledgementLead: 'Acknowledgement lead (ACKNOWLEDGEMENT_LEAD)',
    acknowledgementLeadHint: 'How long before the term ends, for example 3d.',
    more: 'Further settings',
    moreHint: 'One per line, as NAME=VALUE, for example MAX_PROMISE_DAYS=28.',
    staff: 'When staff act under the proposal',
    staffSameTime: 'As long after arrival as they really did',
    staffSameWorkingDay: 'On the same working day after arrival, at the same time of day',
    staffSameWorkingDayHint: 'For a proposal that changes the working days.',
    submit: 'Work it out',

    running: 'Working it out…',
    runningText:
      'The complaints are being replayed. This takes seconds to a few minutes; this page refreshes itself every 3 seconds.',
    runningAgain: 'Not done yet? Refresh the page.',
    failed: 'Working it out failed',
    failedText: 'The replay did not succeed. Try again; if it fails again, tell the administrator.',
    again: 'Try another proposal',

    lead: (period, settings) => `Complaints received ${period}, with ${settings}.`,
    noChange: 'no change',
    staffTiming: (sameWorkingDay) =>
      sameWorkingDay
        ? 'Staff act on the same working day after arrival.'
        : 'Staff act as long after arrival as they really did.',
    table: "Today's procedure and the proposal side by side",
    figure: 'Figure',
    baseline: 'Now',
    proposal: 'Proposal',
    change: 'Change',
    complaints: 'Complaints',
    termsMet: (rule) => `${rule}: terms met`,
    termsMissed: (rule) => `${rule}: terms missed`,
    promisesMade: 'Promises made',
    promisesMissed: 'Promises missed',
    reminders: 'Reminders to handler or desk',
    escalations: 'Notices to a manager',
    refused: 'Steps the proposal does not allow',
    actionsDue: 'Actions falling due',
    busiestWeek: 'Actions in the busiest week',
    dueInWeek: (week) => `Actions falling due in week ${week}`,
    weeksNote: 'Of the weeks, only those whose workload changes are shown here; the CSV has every week.',

    changed: (n) => (n === 1 ? '1 complaint with another outcome' : `${n} complaints with another outcome`),
    changedNone: 'No complaint has another outcome under the proposal.',
    reference: 'Complaint',
    outcome: (o) => (o === 'met' ? 'every term met' : `missed: ${o.replace(/^missed /, '')}`),
    faithfulness: 'Faithfulness',
    faithfulnessText: (reproduced, of) =>
      `Under today's terms the replay reproduces the register for ${reproduced} of ${of} complaints.`,
    differing: (reference, register, replay) => `${reference}: register ${register}, replayed ${replay}`,
    csv: 'This answer as CSV',
  },
};
