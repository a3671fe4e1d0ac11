/**
 * Makes a staff account, prints its API token (shown once) and sets the password its person signs in
 * to the web app with. The first account of a new installation is made this way; an operator makes the
 * others through POST /api/staff.
 *   npm run create-account -- <login> "<name>" <role>[,<role>…] [e-mail address]
 * The address is where reminders about complaints assigned to the account go. The password comes from
 * ACCOUNT_PASSWORD, or is asked on the terminal (not echoed); without either, the account gets none
 * (set one later with `npm run set-password -- <login>`). Works while the service runs: it does not
 * migrate the register, and says so when the register has not been migrated yet.
 */
import { accountSchema, createAccount, setPassword } from '../api/auth/accounts';
import { openRegister } from './open-register';
import { readPassword } from './read-password';

async function main(): Promise<void> {
  const [id, name, roles, email] = process.argv.slice(2);
  const parsed = accountSchema.safeParse({ id, name, roles: roles?.split(','), email });
  if (!parsed.success) {
    console.error('usage: npm run create-account -- <login> "<name>" <role>[,<role>…] [e-mail address]');
    console.error('roles: intake, handler, representative, manager, operator');
    console.error('password: ACCOUNT_PASSWORD=…, or typed when asked');
    for (const issue of parsed.error.issues) console.error(`  ${issue.path.join('.')}: ${issue.message}`);
    process.exit(2);
  }
  // Asked before anything is written: a mistyped password leaves no half-made account behind.
  const password = await readPassword(parsed.data.id, { optional: true });
  const db = await openRegister();
  try {
    const { account, token } = await createAccount(db, parsed.data);
    if (password) await setPassword(db, account.id, password);
    const reminders = account.email ? `, reminders to ${account.email}` : '';
    console.log(
      `account ${account.id} (${account.roles.join(', ')}${reminders}) made; its API token, shown only now:\n${token}`,
    );
    console.log(
      password
        ? `${account.id} signs in to the web app at /app with the password given.`
        : `no password set: sign-in to the web app waits for \`npm run set-password -- ${account.id}\`.`,
    );
  } finally {
    await db.$disconnect();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
