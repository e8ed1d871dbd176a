import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import rehypeSanitize from 'rehype-sanitize';
const p = await createMarkdownProcessor({ rehypePlugins: [rehypeSanitize] });
for (const [name, md] of [
  ['emph-sep', '*а '.repeat(5000) + 'x' + ' б*'.repeat(5000) + '\n'],
  ['emph-sep-1000', '*а '.repeat(1000) + 'x' + ' б*'.repeat(1000) + '\n'],
  ['list20', Array.from({length: 20}, (_, i) => '  '.repeat(i) + '- пункт').join('\n') + '\n'],
  ['list40', Array.from({length: 40}, (_, i) => '  '.repeat(i) + '- пункт').join('\n') + '\n'],
  ['bq40', '> '.repeat(40) + 'x\n'],
  ['bq1000', '> '.repeat(1000) + 'x\n'],
  ['mixed1000', '- > '.repeat(500) + 'x\n'],
  ['emph300', '*'.repeat(300) + 'x' + '*'.repeat(300) + '\n'],
  ['links-nested', '['.repeat(2000) + 'x' + '](/)'.repeat(2000) + '\n'],
]) {
  const t = performance.now();
  try { const r = await p.render(md); console.log(name, 'ok', r.code.length, Math.round(performance.now() - t), 'ms'); }
  catch (e) { console.log(name, 'ERR', String(e.message).replace(/\n/g,' ').slice(0, 100), Math.round(performance.now() - t), 'ms'); }
}
