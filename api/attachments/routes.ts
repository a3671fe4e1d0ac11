/**
 * A complaint's attachments on the JSON API, as on its page: the list, each file to download, and files
 * to add (multipart/form-data: files in `attachments`, `outgoing=yes` to send them with the next message
 * staff write to the complainant).
 */
import { Router } from 'express';
import type { AppDeps } from '../deps';
import { allow, staffOf } from '../auth/authenticate';
import { findComplaint } from '../complaints/find';
import { uploadedForm, uploadsOf } from '../web/uploads';
import { attachByStaff, attachmentContent, attachmentsOf } from './attachments';
import { sendAttachment } from './download';

export function attachmentsRouter(deps: AppDeps): Router {
  const router = Router();
  router.get('/:reference/attachments', allow('complaint.read'), async (req, res) => {
    const { reference } = await findComplaint(deps.db, req.params.reference as string);
    res.setHeader('Cache-Control', 'no-store').json({ items: await attachmentsOf(deps.db, reference) });
  });
  router.get('/:reference/attachments/:id', allow('complaint.read'), async (req, res) => {
    const { reference } = await findComplaint(deps.db, req.params.reference as string);
    const { row, content } = await attachmentContent(deps, reference, Number(req.params.id));
    sendAttachment(res, row, content);
  });
  router.post(
    '/:reference/attachments',
    allow('complaint.attach'),
    uploadedForm(deps.config.attachments),
    async (req, res) => {
      const outgoing = (req.body as Record<string, unknown> | undefined)?.outgoing === 'yes';
      const ids = await attachByStaff(deps, staffOf(res), req.params.reference as string, uploadsOf(res), outgoing);
      res.status(201).json({ ids });
    },
  );
  return router;
}
