/**
 * A complaint's attachments on its page: every file, from the complainant's form or added by staff (a
 * scanned letter, a photo, a PDF), each a download; and a form to add files, optionally to go with the
 * next message to the complainant (an e-mail carries them).
 */
import { ATTACHMENT_ACCEPT, fileInput, filled } from '../forms';
import { html, type Html } from '../html';
import { PATHS, type PageContext } from '../layout';
import { formBasics, type ActionFormContext } from './complaint-actions';
import type { People } from './complaint-timeline';

export interface AttachmentItem {
  id: number;
  source: string;
  fileName: string;
  size: number;
  createdAt: Date;
  createdBy: string;
  outgoing: boolean;
  sent: boolean;
}

export const ATTACHMENT_FORM = 'attachments';

export function attachmentsSection(
  ctx: PageContext,
  a: ActionFormContext,
  who: People,
  items: AttachmentItem[],
  may: { attach: boolean; limits: { maxFiles: number; maxBytes: number } },
): Html {
  const t = ctx.t.complaint.attachments;
  const list = items.length
    ? html`<ul class="plain-list attachments">
    ${items.map(
      (f) => html`<li>
      <a href="${PATHS.complaint(a.reference)}/attachments/${f.id}">${f.fileName}</a>
      <span class="muted">— ${ctx.formats.fileSize(f.size)}; ${f.source === 'complainant' ? t.fromComplainant : who(f.createdBy)}, ${ctx.formats.moment(f.createdAt)}${f.outgoing ? html`; ${f.sent ? t.sent : t.toSend}` : ''}</span>
    </li>`,
    )}
  </ul>`
    : html`<p class="muted">${t.none}</p>`;
  return html`<section class="panel" aria-labelledby="attachments-title">
  <h2 id="attachments-title">${t.title}</h2>
  ${list}
  ${
    may.attach &&
    html`<form method="post" action="${PATHS.complaint(a.reference)}/attachments" class="form" enctype="multipart/form-data" novalidate>
    ${formBasics(a, '-attachments')}
    ${fileInput({ ...filled(a.form, ATTACHMENT_FORM, 'attachments'), label: t.add, hint: t.hint(may.limits.maxFiles, ctx.formats.fileSize(may.limits.maxBytes)), accept: ATTACHMENT_ACCEPT, multiple: true })}
    <div class="check"><input id="attachments-outgoing" name="outgoing" type="checkbox" value="yes"><label for="attachments-outgoing">${t.outgoing}</label></div>
    <button type="submit" class="button button--secondary">${t.submit}</button>
  </form>`
  }
</section>`;
}
