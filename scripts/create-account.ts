/**
 * Makes a staff account and prints its API token (shown once). The first account of a new
 * installation is made this way; an operator makes the others through POST /api/staff.
 *   npm run create-account -- <login> "<name>" <role>[,<role>…] [e-mail address]
 * The address is where reminders about complaints assigned to the account go.
 */
import { accountSchema, createAccount } from '../api/auth/accounts';
import { loadConfig } from '../infra/config';
import { openDatabase } from '../infra/database';

async function main(): Promise<void> {
  const [id, name, roles, email] = process.argv.slice(2);
  const parsed = accountSchema.safeParse({ id, name, roles: roles?.split(','), email });
  if (!parsed.success) {
    console.error('usage: npm run create-account -- <login> "<name>" <role>[,<role>…] [e-mail address]');
    console.error('roles: intake, handler, representative, manager, operator');
    for (const issue of parsed.error.issues) console.error(`  ${issue.path.join('.')}: ${issue.message}`);
    process.exit(2);
  }
  const db = openDatabase(loadConfig().databaseUrl);
  try {
    const { account, token } = await createAccount(db, parsed.data);
    const reminders = account.email ? `, reminders to ${account.email}` : '';
    console.log(
      `account ${account.id} (${account.roles.join(', ')}${reminders}) made; its API token, shown only now:\n${token}`,
    );
  } finally {
    await db.$disconnect();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
