/**
 * Letters to post (R3, R4, R8, R9): every letter the product prepared for a complainant without e-mail,
 * the most urgent first, with the day it must be posted by (overdue ones say so in words), its PDF to
 * print, and a button to record it posted. The posted ones are a link away.
 */
import { html, type Html } from '../html';
import { csrfField, layout, PATHS, type PageContext } from '../layout';
import { ruleLabel } from '../rule-label';

export interface LetterItem {
  id: number;
  reference: string;
  purpose: string;
  subject: string;
  /** The envelope: the complainant's name and postal address. */
  recipient: string;
  postBy?: Date;
  overdue: boolean;
  pdf: string;
  postedAt?: Date;
  postedBy?: string;
}

export interface LettersView {
  status: 'to_post' | 'posted';
  items: LetterItem[];
  mayPost: boolean;
  /** The complaint whose letter was just recorded as posted. */
  posted?: string;
  /** How many letters "all posted" just recorded. */
  postedAll?: number;
}

/** "Print all" and "all posted", for exactly the letters listed: one that comes in later is not among them. */
function allAtOnce(ctx: PageContext, v: LettersView): Html {
  const t = ctx.t.letters;
  const ids = v.items.map((l) => l.id).join(',');
  return html`<section class="panel" aria-labelledby="all-letters-title">
  <h2 id="all-letters-title">${t.all}</h2>
  <p>${t.allIntro(v.items.length)}</p>
  <p><a href="${LETTERS_PDF}?ids=${ids}" type="application/pdf" class="button button--secondary">${t.printAll}</a></p>
  ${
    v.mayPost &&
    html`<form method="post" action="${PATHS.letters}/posted" class="inline-form">
    ${csrfField(ctx.staff?.csrfToken ?? '')}
    <input type="hidden" name="ids" value="${ids}">
    <button type="submit" class="button">${t.markAllPosted}</button>
  </form>`
  }
</section>`;
}

/** The API's PDF of the letters to post (api/complaints/letters-bulk.ts), on the session. */
const LETTERS_PDF = '/api/letters/to-post.pdf';

function row(ctx: PageContext, v: LettersView, l: LetterItem): Html {
  const t = ctx.t.letters;
  const [name, ...address] = l.recipient.split('\n');
  const when =
    v.status === 'posted'
      ? html`<td data-label="${t.postedAt}">${l.postedAt && t.postedBy(l.postedBy ?? '', ctx.formats.moment(l.postedAt))}</td>`
      : html`<td data-label="${t.postBy}">${l.overdue && html`<strong class="tag tag--overdue">${t.overdue}</strong> `}${l.postBy ? ctx.formats.deadline(l.postBy, ctx.t.deadline.day) : t.noDate}</td>`;
  return html`<tr${l.overdue && html` class="is-overdue"`}>
      <th scope="row" data-label="${t.complaint}"><a href="${PATHS.complaint(l.reference)}">${l.reference}</a></th>
      <td data-label="${t.letter}">${ruleLabel(ctx.t.complaint.purposes[l.purpose] ?? l.purpose)}<br><span class="muted">${l.subject}</span></td>
      <td data-label="${t.recipient}">${name}${address.length > 0 && html`<br><span class="muted">${address.join(', ')}</span>`}</td>
      ${when}
      <td><div class="letters__actions">
        <a href="${l.pdf}" type="application/pdf">${t.print}<span class="visually-hidden"> ${l.reference}</span></a>
        ${
          v.status === 'to_post' &&
          v.mayPost &&
          html`<form method="post" action="${PATHS.complaint(l.reference)}/messages/${l.id}/posted" class="inline-form">
          ${csrfField(ctx.staff?.csrfToken ?? '')}
          <input type="hidden" name="from" value="letters">
          <button type="submit" class="button button--secondary">${t.markPosted}<span class="visually-hidden">: ${t.markPostedLabel(l.reference)}</span></button>
        </form>`
        }
      </div></td>
    </tr>`;
}

export function lettersPage(ctx: PageContext, v: LettersView): string {
  const t = ctx.t.letters;
  const toPost = v.status === 'to_post';
  const title = toPost ? t.title : t.postedTitle;
  const table = v.items.length
    ? html`<table class="complaints letters">
  <caption class="visually-hidden">${t.caption}</caption>
  <thead><tr>
    <th scope="col">${t.complaint}</th><th scope="col">${t.letter}</th><th scope="col">${t.recipient}</th>
    <th scope="col">${toPost ? t.postBy : t.postedAt}</th><th scope="col"><span class="visually-hidden">${t.print}</span></th>
  </tr></thead>
  <tbody>
    ${v.items.map((l) => row(ctx, v, l))}
  </tbody>
</table>`
    : html`<p class="empty">${toPost ? t.none : t.nonePosted}</p>`;
  const main = html`${v.posted && html`<p class="notice" role="status">${ctx.t.complaint.done.posted} (${v.posted})</p>`}
${v.postedAll !== undefined && html`<p class="notice" role="status">${t.allPosted(v.postedAll)}</p>`}
<h1>${title}</h1>
<p>${toPost ? t.intro : t.postedIntro}</p>
${table}
${toPost && v.items.length > 0 && allAtOnce(ctx, v)}
<p><a href="${toPost ? `${PATHS.letters}?status=posted` : PATHS.letters}">${toPost ? t.showPosted : t.showToPost}</a></p>`;
  return layout(ctx, { title, main, current: 'letters' });
}
