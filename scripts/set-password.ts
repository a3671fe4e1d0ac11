/**
 * Sets (or replaces) the web app password of an existing staff account, and signs it out everywhere.
 *   npm run set-password -- <login>        (asks twice, not echoed; or ACCOUNT_PASSWORD=…)
 * Works while the service runs (it does not migrate the register).
 */
import { setPassword } from '../api/auth/accounts';
import { openRegister } from './open-register';
import { readPassword } from './read-password';

async function main(): Promise<void> {
  const [id] = process.argv.slice(2);
  if (!id) {
    console.error('usage: npm run set-password -- <login>   (password: ACCOUNT_PASSWORD=…, or typed when asked)');
    process.exit(2);
  }
  const db = await openRegister();
  try {
    if (!(await db.staffAccount.findUnique({ where: { id } }))) throw new Error(`no account ${id}`);
    const password = await readPassword(id, { optional: false });
    if (!password) throw new Error('no password: give ACCOUNT_PASSWORD, or run this on a terminal');
    await setPassword(db, id, password);
    console.log(`password of ${id} set.`);
  } finally {
    await db.$disconnect();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
