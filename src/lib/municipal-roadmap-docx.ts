/**
 * The municipal roadmap as a Word document: title, the numbered actions table of seed 004 and the
 * approval history. Built in the browser from the page's JSON, like the school roadmap's.
 */
import { AlignmentType, Document, HeadingLevel, Packer, PageOrientation, Paragraph, TextRun, type Table } from 'docx';
import { ACTIVITY_STATUSES, APPROVAL_STATUSES, ROLES } from '../data/lists.ts';
import type { MunicipalRoadmap } from '../schemas/municipal-roadmaps.ts';
import { formatShort } from './dates.ts';
import { executorsText, schoolsText, type MunicipalRoadmapContext } from './municipal-roadmap.ts';
import { heading, para, table } from './roadmap-docx.ts';
import { formatTerm } from './terms.ts';

export function municipalRoadmapDocument(r: MunicipalRoadmap, ctx: MunicipalRoadmapContext): Document {
  const children: (Paragraph | Table)[] = [
    new Paragraph({ text: r.title, heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER }),
    new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: `${ctx.municipalityName}, ${r.year} год`, bold: true })] }),
    ...(r.approvedBy ? [para(`Утверждена: ${r.approvedBy}`)] : []),
    para(`Статус: ${APPROVAL_STATUSES[r.approval.status]}`),
    heading('Действия'),
    table(
      ['№ п/п', 'Описание действий', 'Дата реализации', 'Исполнитель', 'Ожидаемый результат', 'Школы', 'Статус'],
      r.actions.map((a, i) => [String(i + 1), a.text, formatTerm(a.when), executorsText(a), a.expectedResult, schoolsText(a, ctx.schoolNames), ACTIVITY_STATUSES[a.status]]),
    ),
    heading('История согласования'),
    table(['Дата', 'Статус', 'Кто', 'Комментарий'], r.approval.history.map((h) => [formatShort(h.date), APPROVAL_STATUSES[h.status], ROLES[h.by], h.comment ?? ''])),
  ];
  return new Document({
    creator: 'ШНОР-знания',
    title: `${r.title}: ${ctx.municipalityName}, ${r.year}`,
    sections: [{ properties: { page: { size: { orientation: PageOrientation.LANDSCAPE } } }, children }],
  });
}

/** The .docx bytes (Node). */
export function municipalRoadmapDocxBuffer(r: MunicipalRoadmap, ctx: MunicipalRoadmapContext): Promise<Buffer> {
  return Packer.toBuffer(municipalRoadmapDocument(r, ctx));
}

/** The .docx as a Blob (browser). */
export function municipalRoadmapDocxBlob(r: MunicipalRoadmap, ctx: MunicipalRoadmapContext): Promise<Blob> {
  return Packer.toBlob(municipalRoadmapDocument(r, ctx));
}
