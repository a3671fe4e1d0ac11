/**
 * All configuration, read from the environment once at start-up and checked then: a bad value stops
 * the service with the variable's name instead of surfacing later as a missed deadline.
 * Every variable is documented with its default in README.md.
 */
import { isIP } from 'node:net';
import path from 'node:path';
import { msToNumber } from '@temporalio/common';
import { z } from 'zod';
import type { OrganisationContact } from '../domain/organisation-contact';
import { ROLES, type Role } from '../domain/roles';
import { DEFAULT_TERMS, type ProcedureTerms } from '../domain/terms';
import { DEFAULT_WORKING_CALENDAR } from '../domain/working-calendar';
import { DATABASE_URL_FORMS, databaseUrl, isDatabaseUrl } from './database-url';

const duration = (fallback: number) =>
  z
    .string()
    .optional()
    .transform((value, ctx) => {
      if (value === undefined || value === '') return fallback;
      try {
        const ms = msToNumber(value as Parameters<typeof msToNumber>[0]);
        if (Number.isFinite(ms) && ms > 0) return ms;
      } catch {
        // fall through to the issue below
      }
      ctx.addIssue({ code: 'custom', message: `not a duration like "3 days" or "4h": ${value}` });
      return z.NEVER;
    });

const DAY_MS = 24 * 60 * 60 * 1000;

const wholeNumber = (fallback: number) => z.coerce.number().int().positive().default(fallback);
const flag = (fallback: boolean) =>
  z
    .enum(['true', 'false'], { message: 'must be true or false' })
    .default(fallback ? 'true' : 'false')
    .transform((v) => v === 'true');
const dateList = z
  .string()
  .default('')
  .transform((v) =>
    v
      .split(',')
      .map((d) => d.trim())
      .filter(Boolean),
  )
  .pipe(z.array(z.iso.date({ message: 'must be dates as YYYY-MM-DD, separated by commas' })));
const weekdays = z
  .string()
  .default(DEFAULT_WORKING_CALENDAR.workingDays.join(','))
  .transform((v) => v.split(',').map((d) => Number(d.trim())))
  .pipe(z.array(z.number().int().min(1).max(7)).min(1, 'give at least one working day (1 = Monday … 7 = Sunday)'));
const openingHours = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d-([01]\d|2[0-3]):[0-5]\d$/, 'must be like 09:00-17:00')
  .transform((v) => ({ start: v.slice(0, 5), end: v.slice(6) }))
  .refine((h) => h.start < h.end, 'opening must come before closing')
  .default(DEFAULT_WORKING_CALENDAR.hours);
const port = (fallback: number) => z.coerce.number().int().min(1).max(65535).default(fallback);
const optionalText = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v ? v : undefined));

const schema = z
  .object({
    PORT: port(3000),
    /**
     * Where the API listens: this machine only by default (npm start on embedded defaults); a reverse proxy on
     * another host, or a container, sets an address to listen on, e.g. 0.0.0.0 or ::.
     */
    HOST: z
      .string()
      .trim()
      .default('127.0.0.1')
      .refine(
        (host) =>
          isIP(host) !== 0 ||
          /^(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*$/.test(
            host,
          ),
        'must be an IP address (127.0.0.1, 0.0.0.0, ::) or a host name',
      ),
    DATA_DIR: z.string().default('data'),
    /** The register: file:… (SQLite) or postgresql://… (PostgreSQL); unset: DATA_DIR/register.db. */
    DATABASE_URL: optionalText.refine(
      (url) => url === undefined || isDatabaseUrl(url),
      `must start with ${DATABASE_URL_FORMS}`,
    ),
    ORGANISATION_NAME: z.string().trim().min(1).default('Balans Borne'),
    /** How complainants reach the organisation: in every letter and e-mail to them, and on their pages. */
    ORGANISATION_ADDRESS: optionalText,
    ORGANISATION_PHONE: optionalText,
    /** Unset: the address of MAIL_FROM, so that every letter names at least one way back. */
    ORGANISATION_EMAIL: optionalText,
    ORGANISATION_WEBSITE: optionalText,
    /** Anything further complainants should know to reach the organisation, e.g. opening hours. */
    ORGANISATION_CONTACT: optionalText,
    PUBLIC_URL: optionalText,
    /** Express's "trust proxy" setting, so the public intake's rate limit sees client addresses. */
    TRUST_PROXY: optionalText,

    TEMPORAL_ADDRESS: optionalText,
    TEMPORAL_NAMESPACE: z.string().default('default'),
    TEMPORAL_PORT: port(7233),
    TEMPORAL_UI_PORT: port(8233),

    /** "id:base64key,…": the first encrypts, all decrypt (infra/keyring.ts). Unset: the key file. */
    ENCRYPTION_KEYS: optionalText,
    /** The key file when ENCRYPTION_KEYS is unset; default DATA_DIR/keys.json. Keep it apart from backups of the register if you can. */
    KEY_FILE: optionalText,
    /** Where Temporal Web runs, allowed to ask /codec/decode from the browser. */
    TEMPORAL_UI_ORIGIN: optionalText,
    /** Where this service reaches Temporal Web to serve it at /temporal/; unset: the embedded dev server's. */
    TEMPORAL_UI_URL: optionalText,

    /** How many complaints' workflows a worker keeps in memory; the rest are replayed when they wake. */
    WORKFLOW_CACHE_SIZE: wholeNumber(100),
    /** A workflow bundle built ahead of time (`npm run build` writes dist/workflow-bundle.js). */
    WORKFLOW_BUNDLE: optionalText,

    SMTP_URL: optionalText,
    /** Issue 21: the mailbox the service reads (imaps://user:password@host:993/INBOX); unset: none is read. */
    MAILBOX_URL: optionalText.pipe(
      z
        .string()
        .regex(/^imaps?:\/\/[^/\s]+/, 'must be an imaps:// (or, on this machine only, imap://) URL')
        .optional(),
    ),
    /** How often the mailbox is read, in seconds. */
    MAILBOX_POLL_SECONDS: z.coerce.number().int().min(5).max(3600).default(60),
    /** A larger mail is not taken in (only its envelope, for staff to read it in the mailbox). */
    MAILBOX_MAX_BYTES: z.coerce
      .number()
      .int()
      .min(1024)
      .default(20 * 1024 * 1024),
    /** A mail in triage longer than this many working days is a notice to the manager: R9's clock already runs. */
    MAILBOX_TRIAGE_WORKING_DAYS: z.coerce.number().int().min(1).max(30).default(2),
    MAIL_FROM: z.string().default('Klachtenservice <klachten@localhost>'),
    STAFF_EMAIL: z.string().default('klachten@localhost'),
    MANAGER_EMAIL: z.string().default('manager@localhost'),

    IDEMPOTENCY_KEY_TTL: duration(24 * 60 * 60 * 1000),
    ACTION_TIMEOUT: duration(30 * 1000),
    PUBLIC_INTAKE_MAX: wholeNumber(5),
    PUBLIC_INTAKE_WINDOW: duration(60 * 60 * 1000),

    TIME_ZONE: z
      .string()
      .default(DEFAULT_TERMS.timeZone)
      .refine((zone) => {
        try {
          new Intl.DateTimeFormat('en', { timeZone: zone });
          return true;
        } catch {
          return false;
        }
      }, 'not an IANA time zone'),
    REPLY_TERM_DAYS: wholeNumber(DEFAULT_TERMS.replyTermDays),
    ACKNOWLEDGEMENT_LEAD: duration(DEFAULT_TERMS.acknowledgementLeadMs),
    DEFAULT_EXTENSION_DAYS: wholeNumber(DEFAULT_TERMS.defaultExtensionDays),
    CALLBACK_DUE: duration(DEFAULT_TERMS.callbackDueMs),
    CALLBACK_REMINDER_INTERVAL: duration(DEFAULT_TERMS.callbackReminderIntervalMs),
    PROMISE_REMINDER_LEAD: duration(DEFAULT_TERMS.promiseReminderLeadMs),
    MINIMUM_HANDLING_DAYS: wholeNumber(DEFAULT_TERMS.minimumHandlingDays),
    MAX_PROMISE_DAYS: wholeNumber(DEFAULT_TERMS.maxPromiseDays),
    CALLBACK_MAX_REMINDERS: wholeNumber(DEFAULT_TERMS.callbackMaxReminders),
    CLOSE_REMINDER_AFTER: duration(DEFAULT_TERMS.closeReminderMs),
    LETTER_POSTING_TIME: duration(DEFAULT_TERMS.letterPostingMs),
    POSTAL_DELIVERY_TIME: duration(DEFAULT_TERMS.postalDeliveryMs),
    WORKING_DAYS: weekdays,
    PUBLIC_HOLIDAYS: z.enum(['nl', 'none']).default('nl'),
    EXTRA_CLOSED_DATES: dateList,
    OPENING_HOURS: openingHours,
    PROMISES_ON_WORKING_DAYS: flag(DEFAULT_TERMS.promisesOnWorkingDays),
    CALLBACK_IN_WORKING_HOURS: flag(DEFAULT_TERMS.callbackInWorkingHours),
    REPLY_TERM_IN_WORKING_DAYS: flag(DEFAULT_TERMS.replyTermInWorkingDays),
    REOPEN_REPLY_TERM_DAYS: wholeNumber(DEFAULT_TERMS.reopenReplyTermDays),
    REOPEN_WINDOW: duration(DEFAULT_TERMS.reopenWindowMs),
    RECEIPT_CONFIRMATION: flag(DEFAULT_TERMS.receiptConfirmation),
    CLOSING_MESSAGE: flag(DEFAULT_TERMS.closingMessage),
    MAX_RECEIPT_AGE: duration(365 * 24 * 60 * 60 * 1000),
    WORKFLOW_START_RETRY: duration(10 * 1000),

    /** Web app sessions: signed out after this long, and after this long unused. */
    SESSION_TTL: duration(10 * 60 * 60 * 1000),
    SESSION_IDLE_TIMEOUT: duration(2 * 60 * 60 * 1000),
    SIGN_IN_MAX_FAILURES: wholeNumber(5),
    /** A "forgot password" link, and one an operator sends, works this long; a new account's first link longer. */
    PASSWORD_LINK_TTL: duration(60 * 60 * 1000),
    FIRST_PASSWORD_LINK_TTL: duration(3 * 24 * 60 * 60 * 1000),
    /** "Forgot password" requests per client address per window. */
    PASSWORD_LINK_MAX: wholeNumber(5),
    PASSWORD_LINK_WINDOW: duration(60 * 60 * 1000),
    /** Roles whose accounts must sign in with a second factor (TOTP), e.g. "manager,operator". */
    REQUIRE_TOTP_FOR: z
      .string()
      .optional()
      .transform((v) =>
        (v ?? '')
          .split(',')
          .map((r) => r.trim())
          .filter(Boolean),
      )
      .pipe(z.array(z.enum(ROLES, { message: `must be roles (${ROLES.join(', ')}), separated by commas` }))),
    /** R6: the monthly report goes out on this day of the month, at this hour, in TIME_ZONE. */
    MONTHLY_REPORT_DAY: z.coerce
      .number()
      .int()
      .min(1)
      .max(28, 'at most 28, so that every month has the day')
      .default(2),
    MONTHLY_REPORT_HOUR: z.coerce.number().int().min(0).max(23).default(7),
    MONTHLY_REPORT_RECIPIENTS: z
      .string()
      .optional()
      .transform((v) =>
        (v ?? '')
          .split(',')
          .map((a) => a.trim())
          .filter(Boolean),
      )
      .pipe(z.array(z.string().regex(/^[^\s@,]+@[^\s@,]+$/, 'must be e-mail addresses, separated by commas'))),
    /** AVG: a closed or withdrawn complaint keeps its personal data this long, then it is anonymised. */
    RETENTION_AFTER_CLOSING: duration(730 * DAY_MS),
    /** … by a Temporal Schedule that runs daily at this hour, in TIME_ZONE. */
    RETENTION_HOUR: z.coerce.number().int().min(0).max(23).default(3),
    /** Where attachments' (encrypted) contents are kept; default DATA_DIR/attachments. */
    ATTACHMENTS_DIR: optionalText,
    /** The largest attachment taken, in bytes (default 10 MB), and how many one form may carry. */
    ATTACHMENT_MAX_BYTES: wholeNumber(10_000_000),
    ATTACHMENT_MAX_FILES: wholeNumber(5),
    /** How long Temporal keeps an ended workflow's history (the namespace's retention), set at `npm start`. */
    TEMPORAL_HISTORY_RETENTION: duration(30 * DAY_MS).refine((ms) => ms >= DAY_MS, 'Temporal keeps at least 1 day'),
  })
  // A complaint that can still be reopened must still have its complainant.
  .refine((e) => e.RETENTION_AFTER_CLOSING > e.REOPEN_WINDOW, {
    path: ['RETENTION_AFTER_CLOSING'],
    message: 'must be longer than REOPEN_WINDOW: a closed complaint can be reopened until then',
  });

export interface Config {
  port: number;
  /** The address the API listens on (HOST). */
  host: string;
  dataDir: string;
  databaseUrl: string;
  organisationName: string;
  /** How complainants reach the organisation: in every letter and e-mail to them, and on their pages. */
  organisationContact: OrganisationContact;
  publicUrl: string;
  trustProxy?: string;
  temporal: { address?: string; namespace: string; port: number; uiPort: number; uiOrigin: string; uiUrl: string };
  /** The worker: its workflow cache size (memory stays bounded however many complaints are open), its bundle. */
  worker: { cacheSize: number; bundlePath?: string };
  /** ENCRYPTION_KEYS as given; absent: the key file. */
  encryptionKeys?: string;
  /** The key file (KEY_FILE); absent: DATA_DIR/keys.json. */
  keyFile?: string;
  mail: { smtpUrl?: string; from: string; staff: string; manager: string; outboxDir: string };
  /** How long a staff action waits for the complaint's workflow to take it (a worker may be down). */
  actionTimeoutMs: number;
  /** How long a POST's Idempotency-Key keeps its answer. */
  idempotencyKeyTtlMs: number;
  /** The public complaint form accepts this many complaints per client address per window. */
  publicIntake: { max: number; windowMs: number };
  /** Intake refuses a date of receipt further back than this: older is a typing error, not a complaint. */
  maxReceiptAgeMs: number;
  /** How often complaints whose workflow could not be started (Temporal down) are tried again. */
  workflowStartRetryMs: number;
  /** The web app's sessions (api/auth/sessions.ts). */
  sessions: { ttlMs: number; idleMs: number };
  /** Failed sign-ins per login name before attempts must wait; a client address gets more (api/auth/sign-in-throttle.ts). */
  signInMaxFailures: number;
  /** Accounts: how long password links work, how often one client may ask for one, who must use a second factor. */
  accounts: {
    passwordLinkTtlMs: number;
    firstPasswordLinkTtlMs: number;
    passwordLinkLimit: { max: number; windowMs: number };
    requireTotpFor: Role[];
  };
  /** Issue 21: the mailbox read for complainants' replies and new complaints; absent: none is read. */
  mailbox?: { url: string; pollSeconds: number; maxBytes: number; triageWorkingDays: number };
  /** R6: when the monthly report is mailed (day of month, hour, in the terms' time zone) and to whom. */
  monthlyReport: { day: number; hour: number; recipients: string[] };
  /**
   * AVG: how long a closed or withdrawn complaint keeps its personal data, the hour of the daily sweep
   * that anonymises it after that, and how long Temporal keeps ended workflows' histories.
   */
  retention: { afterClosingMs: number; hour: number; historyMs: number };
  /** Files with a complaint (a scanned letter, a photo, a PDF): where they are kept, how large, how many per form. */
  attachments: { dir: string; maxBytes: number; maxFiles: number };
  terms: ProcedureTerms;
}

export class ConfigError extends Error {}

/** The bare address of a sender such as "Klachtenservice <klachten@balansborne.nl>". */
function addressOf(from: string): string {
  return /<([^>]+)>/.exec(from)?.[1] ?? from.trim();
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new ConfigError(`invalid configuration: ${problems}`);
  }
  const e = parsed.data;
  const dataDir = path.resolve(e.DATA_DIR);
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir,
    databaseUrl: databaseUrl({ ...env, DATA_DIR: dataDir }),
    organisationName: e.ORGANISATION_NAME,
    organisationContact: {
      address: e.ORGANISATION_ADDRESS,
      phone: e.ORGANISATION_PHONE,
      email: e.ORGANISATION_EMAIL ?? addressOf(e.MAIL_FROM),
      website: e.ORGANISATION_WEBSITE,
      note: e.ORGANISATION_CONTACT,
    },
    publicUrl: e.PUBLIC_URL ?? `http://localhost:${e.PORT}`,
    trustProxy: e.TRUST_PROXY,
    temporal: {
      address: e.TEMPORAL_ADDRESS,
      namespace: e.TEMPORAL_NAMESPACE,
      port: e.TEMPORAL_PORT,
      uiPort: e.TEMPORAL_UI_PORT,
      uiOrigin: e.TEMPORAL_UI_ORIGIN ?? `http://localhost:${e.TEMPORAL_UI_PORT}`,
      uiUrl: e.TEMPORAL_UI_URL ?? `http://localhost:${e.TEMPORAL_UI_PORT}`,
    },
    encryptionKeys: e.ENCRYPTION_KEYS,
    keyFile: e.KEY_FILE && path.resolve(e.KEY_FILE),
    worker: { cacheSize: e.WORKFLOW_CACHE_SIZE, bundlePath: e.WORKFLOW_BUNDLE && path.resolve(e.WORKFLOW_BUNDLE) },
    mail: {
      smtpUrl: e.SMTP_URL,
      from: e.MAIL_FROM,
      staff: e.STAFF_EMAIL,
      manager: e.MANAGER_EMAIL,
      outboxDir: path.join(dataDir, 'outbox'),
    },
    actionTimeoutMs: e.ACTION_TIMEOUT,
    idempotencyKeyTtlMs: e.IDEMPOTENCY_KEY_TTL,
    publicIntake: { max: e.PUBLIC_INTAKE_MAX, windowMs: e.PUBLIC_INTAKE_WINDOW },
    maxReceiptAgeMs: e.MAX_RECEIPT_AGE,
    workflowStartRetryMs: e.WORKFLOW_START_RETRY,
    sessions: { ttlMs: e.SESSION_TTL, idleMs: e.SESSION_IDLE_TIMEOUT },
    signInMaxFailures: e.SIGN_IN_MAX_FAILURES,
    accounts: {
      passwordLinkTtlMs: e.PASSWORD_LINK_TTL,
      firstPasswordLinkTtlMs: e.FIRST_PASSWORD_LINK_TTL,
      passwordLinkLimit: { max: e.PASSWORD_LINK_MAX, windowMs: e.PASSWORD_LINK_WINDOW },
      requireTotpFor: [...new Set(e.REQUIRE_TOTP_FOR)],
    },
    ...(e.MAILBOX_URL
      ? {
          mailbox: {
            url: e.MAILBOX_URL,
            pollSeconds: e.MAILBOX_POLL_SECONDS,
            maxBytes: e.MAILBOX_MAX_BYTES,
            triageWorkingDays: e.MAILBOX_TRIAGE_WORKING_DAYS,
          },
        }
      : {}),
    monthlyReport: {
      day: e.MONTHLY_REPORT_DAY,
      hour: e.MONTHLY_REPORT_HOUR,
      recipients: e.MONTHLY_REPORT_RECIPIENTS.length ? e.MONTHLY_REPORT_RECIPIENTS : [e.MANAGER_EMAIL],
    },
    attachments: {
      dir: path.resolve(e.ATTACHMENTS_DIR ?? path.join(dataDir, 'attachments')),
      maxBytes: e.ATTACHMENT_MAX_BYTES,
      maxFiles: e.ATTACHMENT_MAX_FILES,
    },
    retention: {
      afterClosingMs: e.RETENTION_AFTER_CLOSING,
      hour: e.RETENTION_HOUR,
      historyMs: e.TEMPORAL_HISTORY_RETENTION,
    },
    terms: {
      timeZone: e.TIME_ZONE,
      replyTermDays: e.REPLY_TERM_DAYS,
      acknowledgementLeadMs: e.ACKNOWLEDGEMENT_LEAD,
      defaultExtensionDays: e.DEFAULT_EXTENSION_DAYS,
      callbackDueMs: e.CALLBACK_DUE,
      callbackReminderIntervalMs: e.CALLBACK_REMINDER_INTERVAL,
      promiseReminderLeadMs: e.PROMISE_REMINDER_LEAD,
      minimumHandlingDays: e.MINIMUM_HANDLING_DAYS,
      maxPromiseDays: e.MAX_PROMISE_DAYS,
      callbackMaxReminders: e.CALLBACK_MAX_REMINDERS,
      closeReminderMs: e.CLOSE_REMINDER_AFTER,
      letterPostingMs: e.LETTER_POSTING_TIME,
      postalDeliveryMs: e.POSTAL_DELIVERY_TIME,
      calendar: {
        workingDays: e.WORKING_DAYS,
        publicHolidays: e.PUBLIC_HOLIDAYS,
        extraClosedDates: e.EXTRA_CLOSED_DATES,
        hours: e.OPENING_HOURS,
      },
      promisesOnWorkingDays: e.PROMISES_ON_WORKING_DAYS,
      callbackInWorkingHours: e.CALLBACK_IN_WORKING_HOURS,
      replyTermInWorkingDays: e.REPLY_TERM_IN_WORKING_DAYS,
      reopenReplyTermDays: e.REOPEN_REPLY_TERM_DAYS,
      reopenWindowMs: e.REOPEN_WINDOW,
      receiptConfirmation: e.RECEIPT_CONFIRMATION,
      closingMessage: e.CLOSING_MESSAGE,
    },
  };
}
