/**
 * /app/complaints/new: intake by staff through the same function as POST /api/complaints (staff-intake.ts).
 * The form's hidden key is the intake key: a second post of the same form (a double click, a reload)
 * finds the complaint the first one registered and goes to its page, instead of registering it again.
 */
import { Router, type Request, type Response } from 'express';
import { localDate } from '../../domain/calendar';
import type { AppDeps } from '../deps';
import { requirePermission } from '../auth/authenticate';
import { may } from '../auth/roles';
import { fileByStaff } from '../complaints/staff-intake';
import type { FormState } from '../../web/forms';
import type { Texts } from '../../web/i18n';
import { PATHS } from '../../web/layout';
import { INTAKE_FORM, intakePage } from '../../web/pages/intake';
import { newFormKey } from './complaint-view';
import { listChoices } from '../lists/list-values';
import { pageContext } from './context';
import { complainantFields, given, text } from './intake-fields';
import { formFailure, formState } from './form-problems';

/** The intake body from the form: the same shape as the JSON API's, optional fields left empty left out. */
function intakeBody(form: Record<string, unknown>, today: string) {
  const answer = given(form['answeredAtOnce.answer']);
  const receivedAt = given(form.receivedAt);
  return {
    channel: given(form.channel),
    // Received today (or no date): now, so that a callback's time counts from the call itself.
    ...(receivedAt && receivedAt !== today ? { receivedAt } : {}),
    subject: text(form.subject) ?? '',
    description: text(form.description) ?? '',
    service: given(form.service),
    complainant: complainantFields(form, given(form['complainant.language']) ?? 'nl'),
    ...(answer ? { answeredAtOnce: { answer } } : {}),
  };
}

function labels(t: Texts): Record<string, string> {
  const i = t.intake;
  return {
    channel: i.channel,
    receivedAt: i.receivedAt,
    subject: i.subject,
    description: i.description,
    service: i.service,
    'complainant.name': i.name,
    'complainant.email': i.email,
    'complainant.phone': i.phone,
    'complainant.address': i.address,
    'complainant.language': i.language,
    'answeredAtOnce.answer': i.answeredAtOnce,
  };
}

const KEY = /^[A-Za-z0-9_-]{24}$/;

export function intakeRouter(deps: AppDeps): Router {
  const router = Router();

  async function render(req: Request, res: Response, status: number, intakeKey: string, form?: FormState) {
    const staff = requirePermission(res, 'complaint.register');
    const ctx = pageContext(req, res, deps.config);
    const mayAnswerAtOnce = may(staff.roles, 'complaint.answer-at-once');
    const services = await listChoices(deps.db, 'service');
    res.status(status).type('html').send(intakePage(ctx, { mayAnswerAtOnce, intakeKey, form, services }));
  }

  router.get('/complaints/new', (req, res) => render(req, res, 200, newFormKey()));

  router.post('/complaints/new', async (req, res) => {
    const staff = requirePermission(res, 'complaint.register');
    const form = (req.body ?? {}) as Record<string, unknown>;
    const key = typeof form.intakeKey === 'string' && KEY.test(form.intakeKey) ? form.intakeKey : undefined;
    const today = localDate((await deps.clock()).toISOString(), deps.config.terms.timeZone);
    try {
      const filed = await fileByStaff(deps, staff, intakeBody(form, today), key && `web:${key}`);
      res.redirect(303, `${PATHS.complaint(filed.complaint.reference)}?done=registered`);
    } catch (error) {
      const failure = formFailure(error);
      if (!failure) throw error;
      const t = pageContext(req, res, deps.config).t;
      const state = formState(t, INTAKE_FORM, form, failure, labels(t), {
        complainant: 'complainant.email',
        answeredAtOnce: 'answeredAtOnce.answer',
      });
      await render(req, res, failure.status, key ?? newFormKey(), state);
    }
  });

  return router;
}
