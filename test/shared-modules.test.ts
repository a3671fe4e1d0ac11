/**
 * Issue 20: the procedure's pure modules are loaded once per worker and shared by every cached workflow
 * (worker/bundle.ts). A module-level variable or collection in one of them, or in what it imports, would be
 * shared too: a complaint could then see what another left there. The SDK freezes their exports, not their
 * variables, so this reads their source: no `let` or `var` at module level, no Map or Set but the caches
 * listed here, whose entries depend only on their key.
 */
import fs from 'node:fs';
import path from 'node:path';
import { SHARED_DOMAIN_MODULES } from '../worker/bundle';
import { ROOT } from './support/paths';

/** Caches whose entries are a pure function of their key, so sharing them changes nothing a workflow sees. */
const PURE_CACHES = ['kept-formatters: kept'];

const DOMAIN = path.join(ROOT, 'domain');

/** The shared modules and every domain module they import, not only for its types. */
function sharedClosure(): string[] {
  const seen = new Set<string>();
  const visit = (name: string) => {
    if (seen.has(name)) return;
    seen.add(name);
    const source = fs.readFileSync(path.join(DOMAIN, `${name}.ts`), 'utf8');
    for (const [, type, target] of source.matchAll(/^import (type )?[^;]*? from '\.\/([a-z-]+)';/gms))
      if (!type) visit(target);
  };
  SHARED_DOMAIN_MODULES.forEach(visit);
  return [...seen].sort();
}

test('issue 20: the shared procedure modules, and what they import, keep no state at module level but pure caches', () => {
  const found: string[] = [];
  for (const name of sharedClosure()) {
    const source = fs.readFileSync(path.join(DOMAIN, `${name}.ts`), 'utf8');
    for (const [, variable] of source.matchAll(/^(?:export )?(?:let|var) ([A-Za-z_$][\w$]*)/gm))
      found.push(`${name}: ${variable}`);
    for (const [, collection] of source.matchAll(
      /^(?:export )?const ([A-Za-z_$][\w$]*)(?::[^=]+)? = new (?:Map|Set|WeakMap|WeakSet)\b/gm,
    ))
      found.push(`${name}: ${collection}`);
  }
  expect(found).toEqual(PURE_CACHES);
});

test('issue 20: the list names every domain module the shared ones load, so each is checked above and known to be shared', () => {
  expect(sharedClosure()).toEqual([...SHARED_DOMAIN_MODULES].sort());
});
