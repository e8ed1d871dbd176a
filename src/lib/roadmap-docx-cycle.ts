/**
 * The working cycle's part of the roadmap's Word document: stage evidence (with type and size of
 * files, the curator's verdict) and the thread. Same building blocks as src/lib/roadmap-docx.ts.
 */
import { HeadingLevel, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { EVIDENCE_STATUSES } from '../data/approval.ts';
import { EVIDENCE_STAGES, ROLES } from '../data/lists.ts';
import type { Roadmap } from '../schemas/roadmaps.ts';
import { formatShort } from './dates.ts';
import { evidenceByStage } from './evidence.ts';
import { formatSize } from './media.ts';
import type { EvidenceFile } from './evidence.ts';

const cell = (text: string, bold = false) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold, size: 18 })] })] });
const table = (header: string[], rows: string[][]) =>
  new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [new TableRow({ tableHeader: true, children: header.map((h) => cell(h, true)) }), ...rows.map((r) => new TableRow({ children: r.map((c) => cell(c)) }))] });

/** «PDF, 26 КБ — https://…/file.pdf» or the link. */
function where(e: { file?: string; url?: string }, files: Record<string, EvidenceFile>): string {
  if (!e.file) return e.url ?? '';
  const f = files[e.file];
  return `${f?.type ?? ''}${f?.bytes !== undefined ? `, ${formatSize(f.bytes)}` : ''} — ${f?.url ?? e.file}`;
}

export function cycleSections(r: Roadmap, files: Record<string, EvidenceFile> = {}): (Paragraph | Table)[] {
  const children: (Paragraph | Table)[] = [];
  const stages = evidenceByStage(r.activities);
  const rows = (Object.keys(stages) as (keyof typeof stages)[]).flatMap((stage) =>
    stages[stage].map(({ activityNo, activityTitle, evidence: e }) => {
      const last = e.approval.history[e.approval.history.length - 1];
      return [EVIDENCE_STAGES[stage], `${activityNo}. ${activityTitle}`, e.title, where(e, files), `${EVIDENCE_STATUSES[e.approval.status]}, ${formatShort(last.date)}${last.comment ? `: ${last.comment}` : ''}`];
    }),
  );
  if (rows.length) {
    children.push(new Paragraph({ text: 'Подтверждения по этапам', heading: HeadingLevel.HEADING_2 }));
    children.push(table(['Этап', 'Мероприятие', 'Документ', 'Файл или ссылка', 'Проверка куратором'], rows));
  }
  if (r.thread.length) {
    children.push(new Paragraph({ text: 'Обсуждение', heading: HeadingLevel.HEADING_2 }));
    children.push(table(['Дата', 'Кто', 'Текст'], r.thread.map((c) => [formatShort(c.date), ROLES[c.by], c.text])));
  }
  return children;
}
