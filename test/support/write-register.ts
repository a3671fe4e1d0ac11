/**
 * One process of several writing one register at once (test/register-processes.test.ts): `count`
 * transactions, `concurrency` at a time, each reading before it writes, as intake's counter and the
 * worker's event record do. Prints how many failed, and the first failure's message.
 */
import { openDatabase } from '../../infra/database';

async function main(): Promise<void> {
  const [url, count, concurrency, year] = [process.argv[2], ...process.argv.slice(3).map(Number)];
  const db = openDatabase(url);
  let next = 0;
  let failed = 0;
  let first: string | undefined;
  const one = () =>
    db.$transaction(async (tx) => {
      const counter = await tx.referenceCounter.findUnique({ where: { year } });
      await tx.referenceCounter.upsert({
        where: { year },
        create: { year, last: 1 },
        update: { last: (counter?.last ?? 0) + 1 },
      });
    });
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

void main();
