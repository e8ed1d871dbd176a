/**
 * Where validation time goes: reading and parsing files, schemas, cross-file rules.
 * node scripts/bench/validate-profile.ts <content dir>  → one JSON line.
 */
import { resolve } from 'node:path';
import { checkRules, type EntriesByCollection } from '../../src/lib/rules.ts';
import { loadContent } from '../../src/validation/load.ts';
import { checkSchema } from '../../src/validation/validate.ts';

const dir = resolve(process.argv[2] ?? 'content');
const t0 = performance.now();
const { entries, errors } = loadContent(process.cwd(), dir);
const t1 = performance.now();
const bySchema: Record<string, number> = {};
for (const e of entries) {
  const s = performance.now();
  errors.push(...checkSchema(e));
  bySchema[e.collection] = (bySchema[e.collection] ?? 0) + performance.now() - s;
}
const t2 = performance.now();
const byCollection: EntriesByCollection = {};
for (const e of entries) (byCollection[e.collection] ??= []).push(e);
errors.push(...checkRules(byCollection));
const t3 = performance.now();
console.log(JSON.stringify({ entries: entries.length, errors: errors.length, loadMs: t1 - t0, schemaMs: t2 - t1, rulesMs: t3 - t2, schemaByCollection: bySchema }));
