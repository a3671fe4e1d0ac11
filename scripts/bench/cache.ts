/**
 * What one cached complaint costs the worker, beside a bare waiting workflow: each side in a process of
 * its own (cache-side.ts) starts N workflows that stay open and reads the process's resident memory
 * before and after; the difference over N is the cost of one workflow in the worker's cache. Same SDK,
 * same default worker settings, same time-skipping test server.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { PROJECT_ROOT } from '../../infra/project-root';
import type { Row } from './figures';

interface Side {
  n: number;
  before: number;
  after: number;
}

function measure(side: 'ours' | 'bare', n: number): Side {
  const out = execFileSync(
    path.join(PROJECT_ROOT, 'node_modules', '.bin', 'tsx'),
    [path.join(PROJECT_ROOT, 'scripts', 'bench', 'cache-side.ts'), side, String(n)],
    { cwd: PROJECT_ROOT, encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '--expose-gc' }, maxBuffer: 1 << 24 },
  );
  const line = out.trim().split('\n').pop()!;
  return JSON.parse(line) as Side;
}

const perWorkflow = (s: Side) => (s.after - s.before) / s.n / 2 ** 20;

export async function cache(workflows: number): Promise<Row[]> {
  const bare = measure('bare', workflows);
  const ours = measure('ours', workflows);
  const [o, b] = [perWorkflow(ours), perWorkflow(bare)];
  console.log(`  ${workflows} cached: ours ${o.toFixed(3)} MiB each, bare ${b.toFixed(3)} MiB each`);
  return [
    {
      part: 'cache',
      what: `memory per cached workflow (${workflows} open)`,
      ours: `${o.toFixed(2)} MiB`,
      bare: `${b.toFixed(2)} MiB`,
      // Like a time: bare ÷ ours, 1.00 = as light as bare.
      ratio: b / o,
      goal: '≤ 0.3 MiB',
    },
  ];
}
