/**
 * A roadmap as a Word document a school could file: title block, directions and tasks, the
 * activities table, indicators and the approval history. Runs in the browser (from the roadmap's
 * JSON) and in Node (tests, benchmark).
 */
import { AlignmentType, Document, HeadingLevel, Packer, PageOrientation, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { ACTIVITY_STAGES, ACTIVITY_STATUSES, APPROVAL_STATUSES, ROLES } from '../data/lists.ts';
import type { Roadmap } from '../schemas/roadmaps.ts';
import type { SelfDiagnosis } from '../schemas/self-diagnoses.ts';
import { formatDate, formatShort } from './dates.ts';
import { cycleSections } from './roadmap-docx-cycle.ts';
import type { EvidenceFile } from './evidence.ts';

export interface DocxContext {
  schoolName: string;
  municipalityName?: string;
  directionTitles: Record<string, string>;
  measureTitles: Record<string, string>;
  /** Uploaded evidence files of the roadmap by site path. */
  files?: Record<string, EvidenceFile>;
  /** The school's self-diagnosis of the same year, when there is one. */
  selfDiagnosis?: SelfDiagnosis;
}

export const cell = (text: string, bold = false) =>
  new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold, size: 18 })] })] });

export function table(header: string[], rows: string[][]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [new TableRow({ tableHeader: true, children: header.map((h) => cell(h, true)) }), ...rows.map((r) => new TableRow({ children: r.map((c) => cell(c)) }))],
  });
}

export const heading = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel] = HeadingLevel.HEADING_2) => new Paragraph({ text, heading: level });
export const para = (text: string) => new Paragraph({ children: [new TextRun(text)] });

export function roadmapDocument(r: Roadmap, ctx: DocxContext): Document {
  const indicatorName = new Map(r.indicators.map((i) => [i.id, i.name]));
  const children: (Paragraph | Table)[] = [
    new Paragraph({ text: `Дорожная карта на ${r.year} год`, heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER }),
    new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: ctx.schoolName + (ctx.municipalityName ? `, ${ctx.municipalityName}` : ''), bold: true })] }),
    para(`Период: ${formatDate(r.period.start)} — ${formatDate(r.period.end)}`),
    para(`Цель: ${r.goal}`),
    para(`Статус: ${APPROVAL_STATUSES[r.approval.status]}`),
    heading('Направления и задачи'),
  ];
  for (const d of r.directions) {
    children.push(heading(`${d.direction}. ${ctx.directionTitles[d.direction] ?? ''}`, HeadingLevel.HEADING_3));
    children.push(para(d.verified ? 'Риск подтверждён (верифицирован).' : 'Риск не верифицирован.'));
    if (d.justification) children.push(para(`Обоснование: ${d.justification}`));
    for (const t of r.tasks.filter((x) => x.direction === d.direction)) children.push(para(`Задача ${t.id}. ${t.text}`));
  }
  children.push(heading('Мероприятия'));
  children.push(
    table(
      ['№', 'Мероприятие', 'Задача', 'Срок', 'Ответственный', 'Показатель или ожидаемый результат', 'Этап', 'Статус'],
      r.activities.map((a, i) => [
        String(i + 1),
        a.title + (a.measure && ctx.measureTitles[a.measure] ? ` (мера: ${ctx.measureTitles[a.measure]})` : ''),
        a.task,
        `${formatShort(a.start)} — ${formatShort(a.end)}`,
        a.responsible,
        [a.indicator ? `${a.indicator}: ${indicatorName.get(a.indicator) ?? ''}` : '', a.expectedResult ?? ''].filter(Boolean).join('; '),
        ACTIVITY_STAGES[a.stage],
        ACTIVITY_STATUSES[a.status],
      ]),
    ),
  );
  children.push(heading('Показатели'));
  children.push(
    table(
      ['Показатель', 'Единица', 'Базовое', 'Фактическое', 'Целевое', 'Как измеряется'],
      r.indicators.map((i) => {
        const last = [...i.actuals].sort((a, b) => a.date.localeCompare(b.date)).pop();
        return [`${i.id}. ${i.name}`, i.unit, String(i.baseline), last ? `${last.value} (${formatShort(last.date)})` : '—', String(i.target), i.method];
      }),
    ),
  );
  children.push(...cycleSections(r, ctx.files));
  children.push(heading('История согласования'));
  children.push(
    table(
      ['Дата', 'Статус', 'Кто', 'Комментарий'],
      r.approval.history.map((h) => [formatShort(h.date), APPROVAL_STATUSES[h.status], ROLES[h.by], h.comment ?? '']),
    ),
  );
  return new Document({
    creator: 'ШНОР-знания',
    title: `Дорожная карта ${ctx.schoolName} ${r.year}`,
    sections: [{ properties: { page: { size: { orientation: PageOrientation.LANDSCAPE } } }, children }],
  });
}

/** The .docx bytes (Node). */
export function roadmapDocxBuffer(r: Roadmap, ctx: DocxContext): Promise<Buffer> {
  return Packer.toBuffer(roadmapDocument(r, ctx));
}

/** The .docx as a Blob (browser). */
export function roadmapDocxBlob(r: Roadmap, ctx: DocxContext): Promise<Blob> {
  return Packer.toBlob(roadmapDocument(r, ctx));
}
