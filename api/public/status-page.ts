/** The complainant's status page: plain HTML from the server, readable on any phone, no scripts. */
import type { ComplainantView } from './complainant-view';

const escape = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const LABELS = {
  nl: {
    title: 'Uw klacht',
    reference: 'Kenmerk',
    subject: 'Onderwerp',
    messages: 'Wat wij u stuurden',
    none: 'Nog geen berichten.',
    notYet: 'nog te versturen',
    question: 'Hoe tevreden bent u over de afhandeling van uw klacht?',
    scores: ['Zeer ontevreden', 'Ontevreden', 'Neutraal', 'Tevreden', 'Zeer tevreden'],
    comment: 'Toelichting (niet verplicht)',
    send: 'Verstuur',
    thanks: 'Dank u wel voor uw antwoord.',
  },
  en: {
    title: 'Your complaint',
    reference: 'Reference',
    subject: 'Subject',
    messages: 'What we sent you',
    none: 'No messages yet.',
    notYet: 'not sent yet',
    question: 'How satisfied are you with how your complaint was handled?',
    scores: ['Very dissatisfied', 'Dissatisfied', 'Neutral', 'Satisfied', 'Very satisfied'],
    comment: 'Comment (optional)',
    send: 'Send',
    thanks: 'Thank you for your answer.',
  },
};

function satisfactionForm(v: ComplainantView, token: string): string {
  const l = LABELS[v.language];
  if (v.satisfaction.answer) return `<p>${l.thanks}</p>`;
  if (!v.satisfaction.asked) return '';
  const options = l.scores
    .map((label, i) => `<label><input type="radio" name="score" value="${i + 1}" required> ${label}</label>`)
    .join('<br>');
  return `<form method="post" action="/status/${escape(token)}/satisfaction">
<fieldset><legend>${l.question}</legend>${options}</fieldset>
<label for="comment">${l.comment}</label><br><textarea id="comment" name="comment" rows="3" maxlength="2000"></textarea><br>
<button type="submit">${l.send}</button></form>`;
}

export function statusPage(v: ComplainantView, formatDate: (iso: string) => string, token: string): string {
  const l = LABELS[v.language];
  const messages = v.messages.length
    ? v.messages
        .map(
          (m) =>
            `<details><summary>${escape(m.subject)} — ${m.sentAt ? escape(formatDate(m.sentAt)) : l.notYet}</summary><pre>${escape(m.body)}</pre></details>`,
        )
        .join('\n')
    : `<p>${l.none}</p>`;
  return `<!doctype html>
<html lang="${v.language}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>${l.title} ${escape(v.reference)} — ${escape(v.organisation)}</title>
<link rel="stylesheet" href="/assets/site.css"></head>
<body>
<h1>${l.title}</h1>
<p class="status">${escape(v.statusText)}</p>
${v.replyExpectedByText ? `<p>${escape(v.replyExpectedByText)}</p>` : ''}
<dl><dt>${l.reference}</dt><dd>${escape(v.reference)}</dd><dt>${l.subject}</dt><dd>${escape(v.subject)}</dd></dl>
${satisfactionForm(v, token)}
<h2>${l.messages}</h2>
${messages}
<p>${escape(v.organisation)}</p>
</body></html>`;
}

/** A status link we do not know (mistyped, or cut off by a mail program): a page, not an error code. */
export function unknownLinkPage(organisation: string): string {
  return `<!doctype html>
<html lang="nl">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>Link onbekend — ${escape(organisation)}</title>
<link rel="stylesheet" href="/assets/site.css"></head>
<body>
<h1>Deze link naar uw klacht kennen wij niet</h1>
<p>Misschien is de link niet helemaal overgenomen: sommige mailprogramma's breken lange links af. Kopieer de hele link uit onze e-mail en probeer het opnieuw.</p>
<p>Lukt het niet? Neem dan contact op met ${escape(organisation)} en noem het kenmerk van uw klacht (bijvoorbeeld KL-2026-00042).</p>
</body></html>`;
}
