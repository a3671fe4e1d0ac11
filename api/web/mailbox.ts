/**
 * Issue 21: /app/mailbox, the mails to triage, and /app/mailbox/:id, one mail with its three decisions,
 * through the same functions as the register's (api/mailbox/triage.ts). A refused form comes back with
 * its problems next to its fields; a decided mail shows what became of it.
 */
import { Router, type Request, type Response } from 'express';
import type { AppDeps } from '../deps';
import { requirePermission, staffOf } from '../auth/authenticate';
import { attachMail, mailById, mailsInTriage, registerFromMail, setMailAside } from '../mailbox/triage';
import type { FormState } from '../../web/forms';
import { PATHS } from '../../web/layout';
import { ATTACH_FORM, mailboxPage, mailPage, REGISTER_FORM, SET_ASIDE_FORM } from '../../web/pages/mailbox';
import { storedFilesOf } from '../../activities/mailbox/reply-files';
import { pageContext } from './context';
import { formFailure, formState } from './form-problems';
import { given, text } from './intake-fields';

const DAY_MS = 24 * 60 * 60 * 1000;

export function mailboxPageRouter(deps: AppDeps): Router {
  const router = Router();

  router.get('/mailbox', async (req, res) => {
    requirePermission(res, 'complaint.register');
    const [mails, now] = await Promise.all([mailsInTriage(deps.db), deps.clock()]);
    const items = mails.map((m) => ({
      id: m.id,
      receivedAt: m.receivedAt,
      from: m.fromName ? `${m.fromName} <${m.fromAddress}>` : m.fromAddress,
      subject: m.subject,
      ageDays: Math.max(0, Math.floor((now.getTime() - m.receivedAt.getTime()) / DAY_MS)),
    }));
    const setAside = req.query.done === 'set_aside';
    res.type('html').send(mailboxPage(pageContext(req, res, deps.config), { items, setAside }));
  });

  async function render(req: Request, res: Response, status: number, form?: FormState) {
    requirePermission(res, 'complaint.register');
    const mail = await mailById(deps.db, Number(req.params.id));
    const files = storedFilesOf(mail).map(({ fileName, size }) => ({ fileName, size }));
    res
      .status(status)
      .type('html')
      .send(mailPage(pageContext(req, res, deps.config), { ...mail, files, form }));
  }

  router.get('/mailbox/:id', (req, res) => render(req, res, 200));

  /** Runs a decision; a refused form is shown again with its problems, labelled as the page labels them. */
  async function decide(
    req: Request,
    res: Response,
    form: string,
    labels: (t: ReturnType<typeof pageContext>['t']) => Record<string, string>,
    run: () => Promise<string>,
  ) {
    try {
      res.redirect(303, await run());
    } catch (error) {
      const failure = formFailure(error);
      if (!failure) throw error;
      const t = pageContext(req, res, deps.config).t;
      const aliases = { 'complainant.name': 'name', 'complainant.email': 'email', complainant: 'email' };
      await render(req, res, failure.status, formState(t, form, req.body, failure, labels(t), aliases));
    }
  }

  router.post('/mailbox/:id/register', (req, res) => {
    const body = (req.body ?? {}) as Record<string, unknown>;
    return decide(
      req,
      res,
      REGISTER_FORM,
      (t) => ({
        name: t.mailbox.name,
        email: t.mailbox.email,
        subject: t.mailbox.complaintSubject,
        description: t.mailbox.description,
        service: t.mailbox.service,
      }),
      async () => {
        const { reference } = await registerFromMail(deps, staffOf(res), Number(req.params.id), {
          name: text(body.name),
          email: given(body.email),
          subject: text(body.subject),
          description: text(body.description),
          service: given(body.service),
        });
        return reference ? `${PATHS.complaint(reference)}?done=registered` : PATHS.mail(Number(req.params.id));
      },
    );
  });

  router.post('/mailbox/:id/attach', (req, res) =>
    decide(
      req,
      res,
      ATTACH_FORM,
      (t) => ({ reference: t.mailbox.reference }),
      async () => {
        const { reference } = await attachMail(deps, staffOf(res), Number(req.params.id), req.body ?? {});
        return reference ? `${PATHS.complaint(reference)}?done=incoming` : PATHS.mail(Number(req.params.id));
      },
    ),
  );

  router.post('/mailbox/:id/set-aside', (req, res) =>
    decide(
      req,
      res,
      SET_ASIDE_FORM,
      (t) => ({ reason: t.mailbox.setAsideReason }),
      async () => {
        await setMailAside(deps, staffOf(res), Number(req.params.id), req.body ?? {});
        return `${PATHS.mailbox}?done=set_aside`;
      },
    ),
  );

  return router;
}
