/**
 * Reply templates (issue 19, "what a desk expects"): operators keep them per language in the register;
 * staff choose one on a form that writes to the complainant, which fills in its text for them to edit.
 * Only the content: the message's greeting, status link and signature come from the composer.
 */
import { z } from 'zod';
import { Prisma } from '../../generated/prisma/client';
import { line, text } from '../../domain/actions';
import type { AnswerTemplate } from '../../domain/answer-template';
import { LANGUAGES, type Language } from '../../domain/channels';
import { problem } from '../../domain/problems';
import type { Database } from '../../infra/database';
import type { StaffMember } from '../auth/accounts';
import { permitted } from '../auth/authenticate';
import { badRequest, notFound } from '../errors';

export const templateSchema = z
  .object({ title: line(100), language: z.enum(LANGUAGES, { message: 'choose' }), text: text(50_000) })
  .strict();
export type TemplateInput = z.input<typeof templateSchema>;

export type { AnswerTemplate };

/** Every template, or those of one language, by language and title. */
export async function listTemplates(db: Database, language?: Language): Promise<AnswerTemplate[]> {
  const rows = await db.answerTemplate.findMany({
    where: language ? { language } : {},
    orderBy: [{ language: 'asc' }, { title: 'asc' }],
  });
  return rows.map((r) => ({ ...r, language: r.language as Language }));
}

const idOf = (id: unknown) => z.coerce.number().int().positive().safeParse(id);

export async function findTemplate(db: Database, id: unknown): Promise<AnswerTemplate> {
  const parsed = idOf(id);
  const row = parsed.success ? await db.answerTemplate.findUnique({ where: { id: parsed.data } }) : null;
  if (!row) throw notFound(`template ${String(id)}`);
  return { ...row, language: row.language as Language };
}

/** Makes a template (no `id`) or changes one; a title is unique per language. */
export async function saveTemplate(db: Database, staff: StaffMember, body: unknown, id?: unknown): Promise<number> {
  permitted(staff, 'templates.manage');
  const data = { ...templateSchema.parse(body), updatedBy: staff.id };
  try {
    if (id === undefined) return (await db.answerTemplate.create({ data })).id;
    const existing = await findTemplate(db, id);
    await db.answerTemplate.update({ where: { id: existing.id }, data });
    return existing.id;
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002')
      throw badRequest([problem('title', 'title_taken')]);
    throw error;
  }
}

export async function deleteTemplate(db: Database, staff: StaffMember, id: unknown): Promise<void> {
  permitted(staff, 'templates.manage');
  const existing = await findTemplate(db, id);
  await db.answerTemplate.delete({ where: { id: existing.id } });
}
