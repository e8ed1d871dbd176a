import * as esbuild from 'esbuild';
import { collectionShapes } from '../collections.ts';
const r = await esbuild.build({ entryPoints: ['cms/admin.ts'], outfile: '/tmp/meta/admin.js', bundle: true, minify: true, format: 'iife', target: 'es2020', legalComments: 'external', metafile: true, define: { __SHNOR_SHAPES__: JSON.stringify(collectionShapes()), 'process.env.NODE_ENV': '"production"', global: 'globalThis' } });
const out = Object.values(r.metafile.outputs).find(o => o.entryPoint)!;
const agg: Record<string, number> = {};
for (const [k, v] of Object.entries(out.inputs)) { const m = k.split('node_modules/').pop()!.split('/'); const key = k.includes('node_modules') ? (m[0].startsWith('@') ? m[0] + '/' + m[1] : m[0]) : 'own:' + k; agg[key] = (agg[key] ?? 0) + v.bytesInOutput; }
console.log(Object.entries(agg).sort((a, b) => b[1] - a[1]).slice(0, 30).map(x => x.join(' ')).join('\n'));
