/** The roadmap's Word document lists stage evidence (type, size, address, the curator's verdict) and the thread. */
import { readFileSync, statSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { evidenceFiles } from '../../src/lib/roadmap-context.ts';
import { roadmapDocxBuffer } from '../../src/lib/roadmap-docx.ts';
import { formatSize } from '../../src/lib/media.ts';
import { roadmapSchema } from '../../src/schemas/roadmaps.ts';
import { parseYaml } from '../../src/validation/load.ts';

const roadmap = roadmapSchema.parse(parseYaml(readFileSync('content/roadmaps/lesnogorsk/sosh-7-lesnogorsk-2025.yaml', 'utf8')));

describe('roadmap DOCX', () => {
  it('has the evidence by stage and the thread', async () => {
    const file = roadmap.activities.flatMap((a) => a.evidence).find((e) => e.file)!;
    const sizes = new Map([[file.file!, statSync(`public${file.file}`).size]]);
    const files = evidenceFiles(roadmap, sizes, 'https://shnor.example.org');
    const buffer = await roadmapDocxBuffer(roadmap, { schoolName: 'СОШ № 7', directionTitles: {}, measureTitles: {}, files });
    const xml = strFromU8(unzipSync(new Uint8Array(buffer))['word/document.xml']);
    const text = xml.replace(/<[^>]+>/g, '');
    expect(text).toContain('Подтверждения по этапам');
    expect(text).toContain(file.title);
    expect(text).toContain(`DOCX, ${formatSize(sizes.get(file.file!)!)} — https://shnor.example.org${file.file}`);
    expect(text).toContain('Возвращено на доработку, 30.05.2025: В программе нет расписания');
    expect(text).toContain('Обсуждение');
    expect(text).toContain(roadmap.thread[0].text);
  });
});
