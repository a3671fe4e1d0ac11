/** The web app's languages: Dutch by default, English on request (?lang=en, then a cookie). */
import { en } from './en';
import { nl, type Texts } from './nl';

export type { Texts } from './nl';

export const WEB_LANGUAGES = ['nl', 'en'] as const;
export type WebLanguage = (typeof WEB_LANGUAGES)[number];
export const DEFAULT_LANGUAGE: WebLanguage = 'nl';

const TEXTS: Record<WebLanguage, Texts> = { nl, en };

export function isWebLanguage(value: unknown): value is WebLanguage {
  return typeof value === 'string' && (WEB_LANGUAGES as readonly string[]).includes(value);
}

export function textsFor(language: WebLanguage): Texts {
  return TEXTS[language];
}
