/** A document template as a fillable Word file: sections with hints, empty tables, option lists. */
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { Template } from '../schemas/templates.ts';

export function templateDocument(t: Template): Document {
  const children: (Paragraph | Table)[] = [
    new Paragraph({ text: t.title, heading: HeadingLevel.TITLE }),
    new Paragraph({ children: [new TextRun({ text: t.purpose, italics: true })] }),
  ];
  t.sections.forEach((s, i) => {
    children.push(new Paragraph({ text: `${i + 1}. ${s.title}`, heading: HeadingLevel.HEADING_2 }));
    children.push(new Paragraph({ children: [new TextRun({ text: s.hint, italics: true, color: '505A64' })] }));
    if (s.columns.length) {
      const row = (cells: string[], bold = false) => new TableRow({ children: cells.map((c) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text: c, bold })] })] })) });
      children.push(new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [row(s.columns, true), row(s.columns.map(() => '')), row(s.columns.map(() => ''))] }));
    }
    for (const o of s.options) children.push(new Paragraph({ text: `☐ ${o}` }));
  });
  return new Document({ creator: 'ШНОР-знания', title: t.title, sections: [{ children }] });
}

export function templateDocxBuffer(t: Template): Promise<Buffer> {
  return Packer.toBuffer(templateDocument(t));
}
