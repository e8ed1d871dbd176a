/**
 * Limits on the raw text of a content file that no schema can express: invisible control and
 * direction characters, and Markdown shaped to crash or stall the Markdown renderer.
 * Each check returns a Russian message for a methodist, or undefined when the text is fine.
 */
import { HIDDEN_CHARACTER, describeHiddenCharacter } from '../schemas/common.ts';

/** Nesting of lists and quotes; real texts stay below 6, the renderer overflows its stack in the thousands. */
export const MAX_MARKDOWN_DEPTH = 20;

/** Emphasis (*, _) and bracket characters in one paragraph; thousands of nested ones crash or stall the renderer. */
export const MAX_PARAGRAPH_MARKS = 1000;

function position(text: string, index: number): { line: number; column: number } {
  const before = text.slice(0, index);
  const line = before.split('\n').length;
  return { line, column: index - before.lastIndexOf('\n') };
}

/** A hidden control or direction character anywhere in the file. */
export function hiddenCharacterProblem(text: string): string | undefined {
  const m = HIDDEN_CHARACTER.exec(text);
  if (!m) return undefined;
  const { line, column } = position(text, m.index);
  return `в строке ${line}, позиция ${column} стоит невидимый ${describeHiddenCharacter(m[0])}. Он искажает отображение текста; удалите его (такие символы обычно попадают при копировании).`;
}

/** Number of list and quote markers that open containers at the start of a line. */
function containerDepth(line: string): number {
  const prefix = /^(?:[ \t]*(?:>|[-+*](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$)))+/.exec(line);
  if (!prefix) return 0;
  const markers = prefix[0].replace(/\d{1,9}[.)]/g, '1').replace(/[ \t]/g, '').length;
  const indent = /^[ \t]*/.exec(line)![0].replace(/\t/g, '    ').length;
  return markers + Math.floor(indent / 2);
}

/** Markdown nested so deeply that rendering would crash or take minutes. `firstLine` is the body's line in the file. */
export function markdownProblem(body: string, firstLine = 1): string | undefined {
  const lines = body.split('\n');
  let paragraphStart = 0;
  let marks = 0;
  for (let i = 0; i < lines.length; i++) {
    const depth = containerDepth(lines[i]);
    if (depth > MAX_MARKDOWN_DEPTH) {
      return `в строке ${firstLine + i} слишком глубокая вложенность списков или цитат (${depth} уровней при пределе ${MAX_MARKDOWN_DEPTH}). Упростите структуру текста.`;
    }
    if (!lines[i].trim()) {
      paragraphStart = i + 1;
      marks = 0;
      continue;
    }
    marks += lines[i].replace(/[^*_[]/g, '').length;
    if (marks > MAX_PARAGRAPH_MARKS) {
      return `в абзаце со строки ${firstLine + paragraphStart} слишком много символов «*», «_» и «[» (больше ${MAX_PARAGRAPH_MARKS}): такой текст не удаётся обработать. Разбейте абзац или уберите лишнее оформление.`;
    }
  }
  return undefined;
}

/**
 * An image in a Markdown body loaded from another site. Pages must not request anything from another
 * host (the CSP blocks it, and schools on poor connections would wait for it).
 */
export function externalImageProblem(body: string, firstLine = 1): string | undefined {
  const external = /^\s*<?\s*(?:[a-z][a-z0-9+.-]*:)?\/\//i;
  const definitions = new Map<string, string>();
  for (const m of body.matchAll(/^ {0,3}\[([^\]]+)\]:\s*(\S+)/gm)) definitions.set(m[1].trim().toLowerCase(), m[2]);
  const images = [
    ...[...body.matchAll(/!\[[^\]]*\]\(([^)]*)\)/g)].map((m) => ({ index: m.index, url: m[1] })),
    ...[...body.matchAll(/!\[([^\]]*)\](?:\[([^\]]*)\])?/g)].map((m) => ({ index: m.index, url: definitions.get((m[2] || m[1]).trim().toLowerCase()) ?? '' })),
  ];
  const found = images.find((img) => external.test(img.url));
  if (!found) return undefined;
  const line = firstLine + body.slice(0, found.index).split('\n').length - 1;
  return `в строке ${line} картинка загружается с другого сайта (${found.url.trim().slice(0, 80)}). Страницы сайта ничего не загружают с чужих сайтов: сохраните картинку в медиатеку и вставьте её оттуда.`;
}
