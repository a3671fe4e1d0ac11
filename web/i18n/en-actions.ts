/** The staff actions' forms and the complaint's recorded steps, in English (the keys are nl-actions.ts's). */
import type { nlActions } from './nl-actions';

const CHANNEL_OPTIONS = { email: 'By e-mail', letter: 'By letter (then print and post it)' };

export const enActions: typeof nlActions = {
  actions: {
    'callback-done': {
      title: 'Callback done (R7)',
      intro: 'Record how the callback went.',
      submit: 'Record the callback',
      done: 'The callback has been recorded.',
      fields: {
        outcome: {
          label: 'How did the call end?',
          options: {
            resolved: 'Resolved: the complainant was answered in the call',
            needs_handling: 'Needs further handling: a written reply within the term (R9)',
          },
        },
        answer: { label: 'What did you answer or agree?' },
      },
    },
    'written-confirmation': {
      title: 'Confirm an oral answer in writing (R8)',
      intro: 'Only when the complainant asks for it, in consultation with an authorised representative.',
      submit: 'Send the confirmation',
      done: 'The written confirmation goes to the complainant.',
      fields: { channel: { label: 'How does the confirmation reach the complainant?', options: CHANNEL_OPTIONS } },
    },
    'cannot-answer-in-time': {
      title: 'Cannot answer in time (R3, R10)',
      intro:
        'The complainant now gets an acknowledgement with the further handling and the date by which you reply. That date is watched (R4).',
      submit: 'Send the acknowledgement',
      done: 'The acknowledgement with the new date goes to the complainant.',
      fields: {
        way: {
          label: 'How will the complaint be handled further?',
          hint: 'The complainant reads this in the acknowledgement.',
        },
        expectedBy: { label: 'By which date will you reply?' },
      },
    },
    'reply-sent': {
      title: 'Send the reply (R9)',
      intro: 'The official reply to the complaint. It stops the clock.',
      submit: 'Send the reply',
      done: 'The reply has been recorded.',
      fields: {
        channel: {
          label: 'How does the reply reach the complainant?',
          options: {
            email: 'By e-mail: the complaints register sends it',
            letter: 'By letter: then print and post it',
            elsewhere: 'Given another way already: only record it',
          },
        },
        text: {
          label: 'Text of the reply',
          hint: 'Needed for an e-mail or a letter.',
          requiredWhen: '(required for an e-mail or a letter)',
        },
      },
    },
    close: {
      title: 'Close (R5, R6)',
      submit: 'Close the complaint',
      done: 'The complaint has been closed.',
      fields: {
        resolution: { label: 'How was the complaint resolved?' },
        correctiveAction: { label: 'What was repaired or improved?', hint: 'R5: repair errors quickly.' },
        category: { label: 'Category', hint: 'For example invoicing, treatment or waiting time.' },
        cause: { label: 'Cause' },
      },
    },
    withdraw: {
      title: 'Withdraw',
      intro: 'The complainant withdraws the complaint. Every deadline stops.',
      submit: 'Withdraw the complaint',
      done: 'The complaint has been withdrawn.',
      fields: { reason: { label: 'Reason' } },
    },
    reopen: {
      title: 'Reopen (R4)',
      intro:
        'The complainant disagrees with the outcome. The complaint is handled again, under a new term; the complainant is told.',
      submit: 'Reopen the complaint',
      done: 'The complaint has been reopened.',
      fields: { reason: { label: 'Why is the complaint reopened?' } },
    },
    'send-message': {
      title: 'Message to the complainant (R4)',
      intro: 'An interim or follow-up message. The term keeps running.',
      submit: 'Send the message',
      done: 'The message goes to the complainant.',
      fields: {
        channel: {
          label: 'How does the message reach the complainant?',
          hint: 'None chosen: by e-mail when possible.',
          options: CHANNEL_OPTIONS,
        },
        subject: { label: 'Subject' },
        text: { label: 'Message' },
      },
    },
    'resend-message': {
      title: 'Send again',
      submit: 'Send again',
      done: 'The message goes to the complainant again, to the current details.',
      fields: { messageId: { label: 'Message' } },
    },
    assign: {
      title: 'Assign',
      intro: 'Reminders about this complaint go to its handler.',
      submit: 'Assign',
      done: 'The complaint has been assigned.',
      fields: { handler: { label: 'Handler', hint: 'A member of staff who handles complaints.' } },
    },
  },

  steps: {
    registered: 'Registered (R2)',
    procedure_started: 'Procedure started',
    callback_done: 'Called back (R7)',
    callback_overdue: 'Reminder: the callback is overdue (R7)',
    callback_escalated: 'No callback: brought to a manager (R7, R4)',
    acknowledged: 'Receipt acknowledged, with the further handling (R3, R10)',
    reply_sent: 'Reply sent (R9)',
    closed: 'Closed (R5, R6)',
    reopened: 'Reopened (R4)',
    withdrawn: 'Withdrawn',
    assigned: 'Assigned',
    message_sent: 'Message to the complainant',
    message_resent: 'Message sent again',
    message_failed: 'Message not delivered',
    written_confirmation_requested: 'Written confirmation requested (R8)',
    promise_reminder: 'Reminder: the promised date is near (R4)',
    escalated: 'Promised date missed: brought to a manager (R4)',
    close_reminder: 'Reminder: still to close (R6)',
    letter_not_posted: 'Letter not posted yet (R4)',
    letter_posted: 'Letter posted',
    term_missed_at_entry: 'Term had passed when registered (R3, R9)',
    note: 'Internal note',
    incoming_message: 'Message from the complainant',
    contact_corrected: 'Contact details corrected',
    anonymised: 'Personal data erased (GDPR)',
    data_exported: 'Data exported for access (GDPR)',
    satisfaction: 'Satisfaction answered (R6)',
  },

  stepDetails: {
    outcome: 'Outcome',
    answer: 'Answer',
    way: 'Further handling',
    expectedBy: 'Reply by',
    channel: 'How',
    resolution: 'Resolution',
    correctiveAction: 'Repaired or improved',
    category: 'Category',
    cause: 'Cause',
    reason: 'Reason',
    handler: 'Handler',
    text: 'Text',
    subject: 'Subject',
    score: 'Satisfaction (1 to 5)',
    comment: 'Comment',
    receivedAt: 'Received',
    automatic: 'Sent automatically',
    changes: 'Changes',
    retention: 'Retention period over: closed or withdrawn before',
    format: 'File',
    purpose: 'Which letter',
  },

  stepValues: {
    resolved: 'resolved in the call',
    needs_handling: 'needs further handling',
    email: 'e-mail',
    letter: 'letter',
    elsewhere: 'another way',
    phone: 'phone',
    in_person: 'in person',
    web: 'web form',
    true: 'yes',
  },
};
