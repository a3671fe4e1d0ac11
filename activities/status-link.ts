/**
 * R4: the complainant's private status link goes to the complainant, and to nobody else. A message is
 * rendered and kept with words in the link's place ("[persoonlijke statuslink]"), so the register, the
 * API and the staff pages never hold a working link; the link itself is opened from its sealed token and
 * put in only at the moment of sending (an e-mail, a letter while it waits to be printed), each time again.
 */
import type { Language } from '../domain/channels';
import type { Keyring } from '../infra/keyring';
import { unseal } from '../infra/sealed';
import { printedCode } from './status-code';

/** What the register keeps where a message to the complainant carries their link. */
export const STATUS_LINK_WORDS: Record<Language, string> = {
  nl: '[persoonlijke statuslink]',
  en: '[personal status link]',
};

const escaped = (text: string) => text.replace(/[[\]]/g, '\\$&');
// The templates put the link on a line of its own (templates/nl.ts, closing()): only such a line is
// replaced, in either language, since a correction may have changed the language since it was kept.
const WORDS_ON_THEIR_OWN_LINE = new RegExp(`^(?:${Object.values(STATUS_LINK_WORDS).map(escaped).join('|')})$`, 'gm');

/** The message as it is sent: the complainant's working link where the register keeps its words. */
export function withStatusLink(body: string, statusUrl: string | undefined): string {
  return statusUrl ? body.replace(WORDS_ON_THEIR_OWN_LINE, statusUrl) : body;
}

/** The complainant's link, opened from its sealed token; none when the complaint has no link. */
export function statusLinkOf(publicUrl: string, keys: Keyring, sealed: string | null): string | undefined {
  return sealed ? `${publicUrl}/status/${unseal(keys, sealed, 'status-token')}` : undefined;
}

/** The words before the reference and the code on a printed letter, per language. */
const LETTER_CODE_WORDS: Record<Language, { reference: string; code: string }> = {
  nl: { reference: 'Kenmerk', code: 'Code' },
  en: { reference: 'Reference', code: 'Code' },
};

/**
 * Issue 19 item 7: what a printed letter carries where the link goes: the short address to type, the
 * reference and the code (activities/status-code.ts), each on a short line of its own that cannot wrap.
 */
export function letterStatusLines(shortUrl: string, reference: string, code: string, language: Language): string {
  const words = LETTER_CODE_WORDS[language];
  return [shortUrl, `${words.reference}: ${reference}`, `${words.code}: ${printedCode(code)}`].join('\n');
}
