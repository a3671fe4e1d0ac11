/**
 * /app/complaints/:ref, the complaint's page, and the forms on it. Each form posts to the same function the
 * JSON API calls (perform-action.ts, notes.ts, incoming.ts, corrections.ts, letters.ts); on success it
 * redirects (303) back to the page, which says what was done; a 400 or 409 shows the page again with the
 * problems at their fields and the reason above them.
 */
import { Router, type Request, type Response } from 'express';
import { ACTIONS, type ActionName } from '../../domain/actions';
import { localDate, startOfLocalDay } from '../../domain/calendar';
import type { AppDeps } from '../deps';
import { requirePermission, staffOf } from '../auth/authenticate';
import { correctComplainant } from '../complaints/corrections';
import { recordIncoming } from '../complaints/incoming';
import { markPosted } from '../complaints/letters';
import { addNote } from '../complaints/notes';
import { findComplaint } from '../complaints/find';
import { attachByStaff, attachmentContent } from '../attachments/attachments';
import { sendAttachment } from '../attachments/download';
import { uploadsOf } from './uploads';
import { performAction } from '../complaints/perform-action';
import { notFound, type HttpError } from '../errors';
import { actionBody } from '../../web/action-forms';
import type { FormState } from '../../web/forms';
import type { Texts } from '../../web/i18n';
import { PATHS } from '../../web/layout';
import { complaintPage } from '../../web/pages/complaint';
import { isWritingAction, type Previewed } from '../../web/pages/message-preview';
import type { MessageEntry, TimelineEntry } from '../../web/pages/complaint-timeline';
import { complaintView, formKeyOf } from './complaint-view';
import { pageContext } from './context';
import { formFailure, formState, postedValues } from './form-problems';
import { previewMessage } from './message-preview';
import { findTemplate, listTemplates } from '../templates/answer-templates';
import type { Language } from '../../domain/channels';

/** What a redirect's `done` says on the page, in the page's language. */
function doneText(t: Texts, done: unknown, reference: string): string | undefined {
  if (typeof done !== 'string') return undefined;
  if (Object.hasOwn(ACTIONS, done)) return t.actions[done as ActionName].done;
  if (done === 'registered') return t.complaint.done.registered(reference);
  const texts = t.complaint.done as Record<string, unknown>;
  return Object.hasOwn(texts, done) && typeof texts[done] === 'string' ? (texts[done] as string) : undefined;
}

/** The labels of a form's fields, by name: how a problem names its field. */
function labelsOf(t: Texts, form: string): Record<string, string> {
  const c = t.complaint;
  if (form === 'note') return { text: c.note };
  if (form === 'attachments') return { attachments: c.attachments.add };
  if (form === 'incoming') return { channel: c.incomingChannel, text: c.incomingText, receivedAt: c.incomingDate };
  if (form === 'complainant')
    return { name: c.name, email: c.email, phone: c.phone, address: c.address, language: c.language };
  const fields = (t.actions as Record<string, { fields: Record<string, { label: string }> }>)[form]?.fields ?? {};
  return Object.fromEntries(Object.entries(fields).map(([name, f]) => [name, f.label]));
}

/**
 * After "reply sent" the page says what happened to the reply: e-mailed (once the mail went out), still on
 * its way, or a letter still to print and post (issue 19). A reply given elsewhere is only recorded.
 */
function replyDone(t: Texts, done: unknown, view: { timeline: TimelineEntry[] }): string | undefined {
  if (done !== 'reply-sent') return undefined;
  const reply = view.timeline.findLast(
    (e): e is MessageEntry => e.kind === 'message' && e.toComplainant && e.purpose.startsWith('reply'),
  );
  if (reply?.channel === 'letter') return t.complaint.done.replyLetter;
  if (reply?.channel === 'email')
    return reply.status === 'sent' ? t.complaint.done.replyEmailSent : t.complaint.done.replyEmailGoing;
  return undefined;
}

export function complaintRouter(deps: AppDeps): Router {
  const router = Router();

  async function render(req: Request, res: Response, status: number, form?: FormState, preview?: Previewed) {
    const staff = requirePermission(res, 'complaint.read');
    const ctx = pageContext(req, res, deps.config);
    const view = await complaintView(deps, staff, req.params.reference as string);
    const done = form
      ? undefined
      : (replyDone(ctx.t, req.query.done, view) ?? doneText(ctx.t, req.query.done, view.reference));
    const templates = await listTemplates(deps.db, view.complainant.language as Language);
    res
      .status(status)
      .type('html')
      .send(complaintPage(ctx, { ...view, done, form, preview, templates }));
  }

  /** Runs a form's function: on success back to the page with `done`, on a refusal the page with the problems. */
  function handle(form: string, run: (req: Request, res: Response) => Promise<string>) {
    return async (req: Request, res: Response) => {
      let done: string;
      try {
        done = await run(req, res);
      } catch (error) {
        const failure: HttpError | undefined = formFailure(error);
        if (!failure) throw error;
        const { t, formats } = pageContext(req, res, deps.config);
        const aliases: Record<string, string> = form === 'complainant' ? { complainant: 'email' } : {};
        const state = formState(t, form, req.body, failure, labelsOf(t, form), aliases, formats);
        return render(req, res, failure.status, state);
      }
      res.redirect(303, `${PATHS.complaint(req.params.reference as string)}?done=${done}`);
    };
  }

  router.get('/complaints/:reference', (req, res) => render(req, res, 200));

  router.get('/complaints/:reference/attachments/:id', async (req, res) => {
    requirePermission(res, 'complaint.read');
    const reference = (await findComplaint(deps.db, req.params.reference as string)).reference;
    const { row, content } = await attachmentContent(deps, reference, Number(req.params.id));
    sendAttachment(res, row, content);
  });

  router.post(
    '/complaints/:reference/attachments',
    handle('attachments', async (req, res) => {
      const outgoing = req.body?.outgoing === 'yes';
      await attachByStaff(deps, staffOf(res), req.params.reference as string, uploadsOf(res), outgoing);
      return 'attached';
    }),
  );

  router.post('/complaints/:reference/actions/:name', (req, res) => {
    const name = req.params.name as ActionName;
    if (!Object.hasOwn(ACTIONS, name)) throw notFound(`action ${name}`);
    return handle(name, async () => {
      await performAction(
        deps,
        staffOf(res),
        req.params.reference as string,
        name,
        actionBody(name, req.body),
        formKeyOf(req.body),
      );
      return name;
    })(req, res);
  });

  // "Preview" on a form that writes to the complainant: the page again, the form filled in as posted and the
  // message shown as it will go. Nothing is sent or kept; the form's own button sends it.
  router.post('/complaints/:reference/actions/:name/preview', async (req, res) => {
    const name = req.params.name as string;
    if (!isWritingAction(name)) throw notFound(`preview of ${name}`);
    requirePermission(res, 'complaint.read');
    const body = (req.body ?? {}) as Record<string, unknown>;
    try {
      const message = await previewMessage(deps, req.params.reference as string, name, body);
      const shown: FormState = { form: name, values: postedValues(body), problems: [] };
      return render(req, res, 200, shown, { action: name, message });
    } catch (error) {
      const failure: HttpError | undefined = formFailure(error);
      if (!failure) throw error;
      const { t, formats } = pageContext(req, res, deps.config);
      return render(req, res, failure.status, formState(t, name, body, failure, labelsOf(t, name), {}, formats));
    }
  });

  // "Fill in template": the page again, the form as posted with the chosen template's text in its text field.
  router.post('/complaints/:reference/actions/:name/template', async (req, res) => {
    const name = req.params.name as string;
    if (!isWritingAction(name)) throw notFound(`template for ${name}`);
    requirePermission(res, 'complaint.read');
    const body = (req.body ?? {}) as Record<string, unknown>;
    const template = await findTemplate(deps.db, body._template);
    return render(req, res, 200, { form: name, values: { ...postedValues(body), text: template.text }, problems: [] });
  });

  router.post(
    '/complaints/:reference/notes',
    handle('note', async (req, res) => {
      await addNote(
        deps.db,
        staffOf(res),
        req.params.reference as string,
        { text: req.body?.text },
        formKeyOf(req.body),
      );
      return 'note';
    }),
  );

  router.post(
    '/complaints/:reference/incoming',
    handle('incoming', async (req, res) => {
      const { channel, text, receivedAt } = (req.body ?? {}) as Record<string, string | undefined>;
      const zone = deps.config.terms.timeZone;
      const today = localDate((await deps.clock()).toISOString(), zone);
      // A date: the start of that day; today (or none): now.
      const at =
        receivedAt && receivedAt !== today
          ? /^\d{4}-\d{2}-\d{2}$/.test(receivedAt)
            ? startOfLocalDay(receivedAt, zone)
            : receivedAt
          : undefined;
      const body = { channel, text, ...(at ? { receivedAt: at } : {}) };
      await recordIncoming(deps, staffOf(res), req.params.reference as string, body, formKeyOf(req.body));
      return 'incoming';
    }),
  );

  router.post(
    '/complaints/:reference/complainant',
    handle('complainant', async (req, res) => {
      // Only what the form sent: a detail left out stays as it is; one sent empty is taken away.
      const posted = (req.body ?? {}) as Record<string, unknown>;
      const body = Object.fromEntries(
        ['name', 'email', 'phone', 'address', 'language']
          .filter((k) => typeof posted[k] === 'string')
          .map((k) => [k, posted[k]]),
      );
      const { changes } = await correctComplainant(deps, staffOf(res), req.params.reference as string, body);
      return Object.keys(changes).length ? 'corrected' : 'unchanged';
    }),
  );

  /** A letter posted: from the complaint's page back to it, from the letters page back there. */
  router.post('/complaints/:reference/messages/:id/posted', async (req, res) => {
    const reference = req.params.reference as string;
    await markPosted(deps, staffOf(res), reference, req.params.id as string);
    const back =
      req.body?.from === 'letters'
        ? `${PATHS.letters}?posted=${encodeURIComponent(reference)}`
        : `${PATHS.complaint(reference)}?done=posted`;
    res.redirect(303, back);
  });

  return router;
}
