/**
 * The working cycle's widgets in the generated Decap config: every approval block, thread and
 * upload gets the project's widget (by shape, so a new collection reusing the schemas gets them too),
 * evidence approvals use the evidence cycle, uploads go to the school's folder under a Latin name.
 */
import { join } from 'node:path';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { generateConfig } from '../../cms/config.ts';
import { readCmsInputs } from '../../cms/content.ts';
import { customWidget } from '../../cms/custom-fields.ts';
import { fieldsOf } from '../../cms/shape.ts';
import { publicFolder, uploadName } from '../../cms/upload-widget.ts';
import { approvalSchema } from '../../src/schemas/approval.ts';
import { threadSchema } from '../../src/schemas/thread.ts';
import { evidenceSchema } from '../../src/schemas/evidence.ts';

type Field = Record<string, any>;
const config = generateConfig(readCmsInputs(join(process.cwd(), 'content')));

/** Every field of a collection with its path. */
function walk(fields: Field[], prefix = ''): [string, Field][] {
  return fields.flatMap((f) => [[prefix + f.name, f] as [string, Field], ...walk(f.fields ?? [], `${prefix}${f.name}.`)]);
}
const fieldsOfCollection = (name: string) => new Map(walk((config.collections.find((c) => c.name === name) as { fields: Field[] }).fields));

describe('CMS widgets of the working cycle', () => {
  it('edits approval blocks, threads and evidence files with the project’s widgets', () => {
    const roadmap = fieldsOfCollection('roadmaps-lesnogorsk');
    expect(roadmap.get('approval')).toMatchObject({ widget: 'shnor-approval', cycle: 'document', required: true });
    expect(roadmap.get('thread')).toMatchObject({ widget: 'shnor-thread', required: false });
    expect(roadmap.get('activities.evidence.approval')).toMatchObject({ widget: 'shnor-approval', cycle: 'evidence' });
    expect(roadmap.get('activities.evidence.thread')).toMatchObject({ widget: 'shnor-thread' });
    expect(roadmap.get('activities.evidence.file')).toMatchObject({ widget: 'shnor-upload', media_folder: '/public/uploads/shkoly/{{fields.school}}', public_folder: '/uploads/shkoly/{{fields.school}}', required: false });
    expect(roadmap.get('activities.evidence.stage')).toMatchObject({ widget: 'select', options: [{ value: 'stage1', label: 'Этап 1 (весна)' }, { value: 'stage2', label: 'Этап 2 (осень)' }] });
    // Nobody types a status, a date or a role of the approval: there are no such fields.
    expect([...roadmap.keys()].filter((k) => k.startsWith('approval.'))).toEqual([]);
    const diagnosis = fieldsOfCollection('selfDiagnoses-lesnogorsk');
    expect(diagnosis.get('approval')).toMatchObject({ widget: 'shnor-approval', cycle: 'document' });
    expect(diagnosis.get('school')).toMatchObject({ widget: 'relation', collection: 'schools-lesnogorsk' });
  });

  it('maps the shared schemas wherever they appear, by shape', () => {
    const fields = fieldsOf(z.strictObject({ approval: approvalSchema, thread: threadSchema, evidence: z.array(evidenceSchema) }));
    expect(customWidget('municipalities', 'approval', fields[0].shape)).toEqual({ widget: 'shnor-approval', cycle: 'document' });
    expect(customWidget('municipalities', 'thread', fields[1].shape)).toEqual({ widget: 'shnor-thread' });
    const evidence = fields[2].shape.kind === 'list' && fields[2].shape.item.kind === 'object' ? fields[2].shape.item.fields : [];
    expect(customWidget('municipalities', 'evidence.approval', evidence.find((f) => f.name === 'approval')!.shape)).toEqual({ widget: 'shnor-approval', cycle: 'evidence' });
    expect(customWidget('municipalities', 'evidence.file', evidence.find((f) => f.name === 'file')!.shape)).toMatchObject({ widget: 'shnor-upload', media_folder: '/public/uploads' });
    expect(customWidget('roadmaps', 'goal', { kind: 'string' })).toBeUndefined();
  });

  it('lists self-diagnoses per municipality, next to the roadmaps', () => {
    const names = config.collections.map((c) => c.name);
    expect(names).toContain('selfDiagnoses-zarechnyy');
    const c = config.collections.find((x) => x.name === 'selfDiagnoses-zarechnyy')!;
    expect(c).toMatchObject({ folder: 'content/self-diagnoses/zarechnyy', slug: '{{fields.school}}-{{fields.year}}' });
    expect(names.indexOf('selfDiagnoses-zarechnyy')).toBe(names.indexOf('roadmaps-zarechnyy') + 1);
  });

  it('names uploaded files in Latin and fills the school into the folder', () => {
    expect(uploadName('Отчёт о встрече.PDF')).toBe('otchet-o-vstreche.pdf');
    expect(uploadName('C:\\Документы\\План (черновик).docx')).toBe('plan.docx');
    expect(uploadName('№.png')).toBe('fayl.png');
    expect(publicFolder('/uploads/shkoly/{{fields.school}}', (k) => ({ school: 'sosh-1' })[k])).toBe('/uploads/shkoly/sosh-1');
    expect(publicFolder('/uploads/shkoly/{{fields.school}}', () => '')).toBeUndefined();
    expect(publicFolder('/uploads', () => undefined)).toBe('/uploads');
  });
});
