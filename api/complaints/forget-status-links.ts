/**
 * R4: messages kept before status links were left out of the register (issue 17) hold the complainant's
 * working link in their body. At start the API puts the words the register now keeps in its place
 * (activities/status-link.ts); a message without such a link is left as it is, so a second run changes nothing.
 */
import { STATUS_LINK_WORDS } from '../../activities/status-link';
import type { Language } from '../../domain/channels';
import type { Database } from '../../infra/database';

// A status link as messages carried it: any base URL, then /status/ and a token (32 random bytes, base64url).
const KEPT_LINK = /\S*\/status\/[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])/g;

/** Replaces every status link kept in a message's body; answers how many messages changed. */
export async function forgetStoredStatusLinks(db: Database): Promise<number> {
  const candidates = await db.message.findMany({
    where: { body: { contains: '/status/' } },
    select: { id: true, body: true, complaint: { select: { language: true } } },
  });
  let changed = 0;
  for (const { id, body, complaint } of candidates) {
    const words = STATUS_LINK_WORDS[complaint.language as Language] ?? STATUS_LINK_WORDS.nl;
    const without = body.replace(KEPT_LINK, words);
    if (without === body) continue;
    await db.message.update({ where: { id }, data: { body: without } });
    changed++;
  }
  return changed;
}
