/**
 * fast-check arbitraries for the staff actions of a life: which action, by whom, with what body, and
 * when. Actions are drawn at random moments after intake, so many come when the complaint's state does
 * not allow them — the procedure must then refuse them cleanly, which the simulation checks too.
 */
import fc from 'fast-check';
import { ACTION_MESSAGES, type ActionName } from '../../domain/workflow-messages';
import { DAY, HOUR, MINUTE, type PlannedAction } from './plan';

export function weighted<T>(...choices: [T, number][]): fc.Arbitrary<T> {
  return fc.oneof(...choices.map(([value, weight]) => ({ arbitrary: fc.constant(value), weight })));
}

const WAYS = [
  'Wij vragen de betrokken behandelaar om een toelichting en bespreken die daarna met u.',
  'Wij overleggen met de zorgverzekeraar over de vergoeding.',
  'De teamleider onderzoekt wat er is gebeurd.',
];
const REPLIES = [
  'Wij hebben de dubbele factuur gecrediteerd.',
  'Onze excuses: de afspraak is opnieuw ingepland, op een tijd die u uitkomt.',
  'De medewerker is aangesproken; wij bieden u onze excuses aan.',
];
const ANSWERS = ['Excuses; de teamleider spreekt de medewerker aan.', 'Wij plannen de afspraak deze week opnieuw in.'];
const HANDLERS = ['behandelaar-1@balansborne.test', 'behandelaar-2@balansborne.test', 'Ingrid Smit'];

/** A promised date 1–60 days ahead; staff promise "this week" or "in a fortnight" more often than "in two months". */
const aheadDays = fc.oneof(
  { arbitrary: fc.integer({ min: 1, max: 3 }), weight: 1 },
  { arbitrary: fc.integer({ min: 4, max: 14 }), weight: 2 },
  { arbitrary: fc.integer({ min: 15, max: 60 }), weight: 2 },
);

/** Each action's body, as staff fill it in. */
const BODIES: { [A in ActionName]: fc.Arbitrary<Pick<PlannedAction, 'body' | 'aheadDays'>> } = {
  assign: fc.constantFrom(...HANDLERS).map((handler) => ({ body: { handler } })),
  'cannot-answer-in-time': fc
    .record({ way: fc.constantFrom(...WAYS), aheadDays })
    .map(({ way, aheadDays }) => ({ body: { way }, aheadDays })),
  'reply-sent': fc
    .oneof(
      fc.record({ channel: fc.constantFrom('email', 'letter'), text: fc.constantFrom(...REPLIES) }),
      fc.record({ channel: fc.constant('elsewhere') }),
    )
    .map((body) => ({ body })),
  'callback-done': fc
    .record({ outcome: fc.constantFrom('resolved', 'needs_handling'), answer: fc.constantFrom(...ANSWERS) })
    .map((body) => ({ body })),
  'written-confirmation': fc.record({ channel: fc.constantFrom('email', 'letter') }).map((body) => ({ body })),
  close: fc
    .record(
      {
        resolution: fc.constantFrom('Gecrediteerd', 'Excuses aangeboden', 'Afspraak verzet'),
        correctiveAction: fc.constantFrom('Dubbele boekingen worden gesignaleerd', 'Werkoverleg over bejegening'),
        category: fc.constantFrom('facturatie', 'bejegening', 'wachttijd', 'behandeling'),
        cause: fc.constantFrom('dubbele boeking', 'communicatie', 'planning'),
      },
      { requiredKeys: ['resolution', 'category', 'cause'] },
    )
    .map((body) => ({ body })),
  withdraw: fc
    .record({ reason: fc.constant('De klager heeft het zelf opgelost') }, { requiredKeys: [] })
    .map((body) => ({
      body,
    })),
  reopen: fc
    .constantFrom('Klager is het niet eens met de uitkomst.', 'De creditering ontbreekt nog.')
    .map((reason) => ({
      body: { reason },
    })),
  'send-message': fc
    .record(
      { channel: fc.constantFrom('email', 'letter'), text: fc.constantFrom('Wij hebben uw dossier opgevraagd.') },
      { requiredKeys: ['text'] },
    )
    .map((body) => ({ body })),
  // Not drawn (see ACTION_WEIGHTS): a message to send again exists only after the mail server refused one.
  'resend-message': fc.constant({ body: { messageId: 1 } }),
};

/** Written and oral complaints meet different staff actions; every action stays possible, to be refused. */
const ACTION_WEIGHTS: Record<'written' | 'oral', [ActionName, number][]> = {
  written: [
    ['assign', 4],
    ['cannot-answer-in-time', 6],
    ['reply-sent', 8],
    ['close', 6],
    ['withdraw', 2],
    ['callback-done', 1],
    ['written-confirmation', 1],
    ['reopen', 2],
    ['send-message', 2],
  ],
  oral: [
    ['callback-done', 8],
    ['written-confirmation', 4],
    ['assign', 2],
    ['cannot-answer-in-time', 4],
    ['reply-sent', 4],
    ['close', 4],
    ['withdraw', 2],
    ['reopen', 1],
    ['send-message', 1],
  ],
};

/** Minutes, hours or weeks after the intake. */
const after = fc.oneof(
  { arbitrary: fc.integer({ min: MINUTE, max: 6 * HOUR }), weight: 2 },
  { arbitrary: fc.integer({ min: 6 * HOUR, max: 16 * DAY }), weight: 3 },
  { arbitrary: fc.integer({ min: 16 * DAY, max: 75 * DAY }), weight: 2 },
);

/**
 * A staff action of a `kind` complaint; `whileDown` (when given) draws moments at which the mail server
 * is down, so that now and then staff act during an outage and what they send has to wait.
 */
export function actionArbitrary(
  kind: 'written' | 'oral',
  whileDown?: fc.Arbitrary<number>,
): fc.Arbitrary<PlannedAction> {
  const when = whileDown ? fc.oneof({ arbitrary: after, weight: 19 }, { arbitrary: whileDown, weight: 1 }) : after;
  return weighted(...ACTION_WEIGHTS[kind]).chain((name) =>
    fc
      .record({ after: when, role: fc.constantFrom(...ACTION_MESSAGES[name].roles), planned: BODIES[name] })
      .map(({ after, role, planned }) => ({ name, after, role, ...planned })),
  );
}
