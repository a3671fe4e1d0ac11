/**
 * A reply template as the register keeps it and the operators' page shows it (issue 19): one text in
 * one language, with who changed it last and when.
 */
import type { Language } from './channels';

export interface AnswerTemplate {
  id: number;
  title: string;
  language: Language;
  text: string;
  updatedBy: string;
  updatedAt: Date;
}
