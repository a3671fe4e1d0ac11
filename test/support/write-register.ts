/**
 * One process of several writing one register at once (test/register-processes.test.ts): `count`
 * transactions, `concurrency` at a time, each reading before it writes, as intake's counter and the
 * worker's event record do, each followed by a write of one statement outside a transaction. Prints how
 * many failed, and the first failure's message.
 */
import { openDatabase } from '../../infra/database';

/** The year of a process's second counter, after the year of its first. */
export const SINGLE_STATEMENT_YEARS = 5000;

async function main(): Promise<void> {
  const [url, count, concurrency, year] = [process.argv[2], ...process.argv.slice(3).map(Number)];
  const db = openDatabase(url);
  let next = 0;
  let failed = 0;
  let first: string | undefined;
  // A second counter is written by single statements outside a transaction, as most of the register's
  // writes are: each meets the other process's write lock as often.
  const single = year + SINGLE_STATEMENT_YEARS;
  await db.referenceCounter.create({ data: { year: single, last: 0 } });
  const one = async () => {
    await db.$transaction(async (tx) => {
      const counter = await tx.referenceCounter.findUnique({ where: { year } });
      await tx.referenceCounter.upsert({
        where: { year },
        create: { year, last: 1 },
        update: { last: (counter?.last ?? 0) + 1 },
      });
    });
    await db.referenceCounter.update({ where: { year: single }, data: { last: { increment: 1 } } });
  };
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) {
        next += 1;
        await one().catch((error: Error) => {
          failed += 1;
          first ??= error.message;
        });
      }
    }),
  );
  await db.$disconnect();
  console.log(JSON.stringify({ failed, first }));
}

if (require.main === module) void main();
