import yaml from 'js-yaml';
import { readFileSync, readdirSync } from 'node:fs';
let ok = 0, bad = 0;
for (const f of readdirSync('/work/main/content/measures')) {
  const t = readFileSync('/work/main/content/measures/' + f, 'utf8');
  const m = /^---\n([\s\S]*?)\n---\n/.exec(t)!;
  const data = yaml.load(m[1], { schema: yaml.CORE_SCHEMA });
  const out = yaml.dump(data, { schema: yaml.CORE_SCHEMA, lineWidth: -1, quotingType: '"', noRefs: true, noCompatMode: true });
  if (out === m[1] + '\n') ok++; else { bad++; if (bad < 3) { const a = out.split('\n'), b = (m[1]+'\n').split('\n'); for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) { console.log(f, '\n-', b[i], '\n+', a[i]); break; } } }
}
console.log(ok, bad);
