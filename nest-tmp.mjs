import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import rehypeSanitize from 'rehype-sanitize';
const p = await createMarkdownProcessor({ rehypePlugins: [rehypeSanitize] });
for (const [name, md] of [
  ['bq', '>'.repeat(10000) + ' текст\n'],
  ['bq-spaced', '> '.repeat(10000) + 'текст\n'],
  ['list', Array.from({length: 10000}, (_, i) => '  '.repeat(i) + '- пункт').join('\n') + '\n'],
  ['emph', '*'.repeat(5000) + 'x' + '*'.repeat(5000) + '\n'],
  ['brackets', '['.repeat(10000) + 'x' + ']'.repeat(10000) + '\n'],
  ['links', '[a]('.repeat(3000) + ')'.repeat(3000) + '\n'],
]) {
  const t = performance.now();
  try { const r = await p.render(md); console.log(name, 'ok', r.code.length, Math.round(performance.now() - t), 'ms'); }
  catch (e) { console.log(name, 'ERR', String(e.message).slice(0, 100), Math.round(performance.now() - t), 'ms'); }
}
