/**
 * node scripts/sample-evidence.ts — writes the sample evidence files of the sample roadmaps into
 * public/uploads/shkoly/<school>/: small real PDF, PNG and DOCX documents, each saying on its first
 * line that it is a fictional example. Run once by a maintainer (needs Chromium); the files are in Git.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { chromium } from 'playwright-core';
import { chromiumPath, CHROMIUM_ARGS } from '../tests/e2e/browser.ts';

interface Sample {
  school: string;
  file: string;
  title: string;
  lines: string[];
}

const NOTE = 'Пример: вымышленный документ для демонстрации сайта «ШНОР-знания». Не относится к реальной школе.';

export const SAMPLES: Sample[] = [
  { school: 'sosh-11-lesnogorsk', file: 'materialy-uroka-issledovaniya.pdf', title: 'Материалы цикла урока-исследования', lines: ['Тема цикла: смысловое чтение в 6 классе.', 'Две группы по три учителя, совместно с лицеем № 1.', 'Этапы: планирование, открытый урок, обсуждение, повторный урок.', 'Вывод: приёмы работы с текстом переносятся на уроки истории и биологии.'] },
  { school: 'sosh-3-lesnogorsk', file: 'polozhenie-vsoko.docx', title: 'Положение о внутренней системе оценки качества образования', lines: ['1. Общие положения.', '2. Объекты оценки: результаты, условия, процессы.', '3. График контрольных работ на учебный год.', '4. Порядок анализа результатов и принятия решений.'] },
  { school: 'sosh-3-lesnogorsk', file: 'spravka-vpr-2025.pdf', title: 'Аналитическая справка по результатам ВПР', lines: ['ВПР 2025 года, 5–8 классы, русский язык и математика.', 'Задания с наибольшей долей ошибок выделены по классам.', 'Предложения: коррекционные занятия в сентябре–октябре.'] },
  { school: 'sosh-7-lesnogorsk', file: 'programma-rki.docx', title: 'Программа занятий по русскому языку как неродному', lines: ['Группы по уровню владения языком: начальный, базовый.', 'Два занятия в неделю по 40 минут.', 'Входная и итоговая диагностика.'] },
  { school: 'oosh-polevoe-stepnoy', file: 'vebinary-dlya-roditeley.pdf', title: 'Темы и итоги вебинаров для родителей', lines: ['Март: как помочь ребёнку с домашним заданием.', 'Апрель: режим дня и подготовка к ВПР.', 'Май: летнее чтение.', 'Участников в среднем: 24, просмотров записи: 41.'] },
  { school: 'sosh-krasnyy-yar-stepnoy', file: 'raspisanie-grupp-rki.png', title: 'Расписание и программа групп русского языка как неродного', lines: ['Группа А (1–2 классы): вторник, четверг, 13:30.', 'Группа Б (3–4 классы): понедельник, среда, 14:20.', 'Группа В (5–6 классы): пятница, 14:20.'] },
  { school: 'oosh-sosnovka-zarechnyy', file: 'karta-resursov.png', title: 'Карта ресурсов школы', lines: ['Кабинеты: 9, из них с проектором: 5.', 'Ноутбуки для обучающихся: 12 (исправны 10).', 'Сетевые партнёры: дом культуры, библиотека, школа-партнёр.'] },
  { school: 'sosh-1-zarechnyy', file: 'bank-raznourovnevykh-zadaniy.docx', title: 'Банк разноуровневых заданий (описание и образцы)', lines: ['Математика, 5–7 классы: 3 уровня сложности к каждой теме.', 'Образец: задачи на дроби, уровни А, Б, В.', 'Как учитель выбирает уровень: по результатам входной работы.'] },
  { school: 'sosh-2-zarechnyy', file: 'spravka-diagnostika-defitsitov.pdf', title: 'Аналитическая справка по итогам диагностики дефицитов', lines: ['Участники: 14 учителей математики и русского языка.', 'Основные дефициты: формирующее оценивание, работа с неуспевающими.', 'Решение: адресное повышение квалификации весной.'] },
  { school: 'sosh-2-zarechnyy', file: 'listy-samootsenki.png', title: 'Образцы листов самооценки и критериев', lines: ['Лист самооценки к письменной работе по русскому языку.', 'Критерии: понимание задания, грамотность, оформление.', 'Шкала: «умею», «умею с помощью», «пока не умею».'] },
  { school: 'sosh-kamenka-zarechnyy', file: 'prikaz-komanda-izmeneniy.pdf', title: 'Приказ о составе команды изменений и план её работы', lines: ['Состав команды: директор, заместитель по УВР, два учителя, педагог-психолог.', 'Заседания: раз в две недели.', 'План на весну: аудит дорожной карты, встречи с родителями.'] },
];

const html = (s: Sample) => `<!doctype html><html lang="ru"><meta charset="utf-8"><style>
body{font:16px/1.45 sans-serif;margin:28px;color:#1b1b1b}p.note{border:2px solid #b35c00;padding:8px 12px;font-weight:bold}h1{font-size:22px}
</style><p class="note">${NOTE}</p><h1>${s.title}</h1><ul>${s.lines.map((l) => `<li>${l}</li>`).join('')}</ul></html>`;

async function docx(s: Sample): Promise<Buffer> {
  const doc = new Document({
    creator: 'ШНОР-знания (пример)',
    title: `${s.title} (пример)`,
    sections: [{ children: [new Paragraph({ children: [new TextRun({ text: NOTE, bold: true })] }), new Paragraph({ text: s.title, heading: HeadingLevel.HEADING_1 }), ...s.lines.map((l) => new Paragraph(l))] }],
  });
  return Packer.toBuffer(doc);
}

async function main(root = process.cwd()) {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });
  const page = await browser.newPage({ viewport: { width: 720, height: 360 } });
  for (const s of SAMPLES) {
    const out = join(root, 'public/uploads/shkoly', s.school, s.file);
    mkdirSync(dirname(out), { recursive: true });
    if (s.file.endsWith('.docx')) writeFileSync(out, await docx(s));
    else {
      await page.setContent(html(s));
      writeFileSync(out, s.file.endsWith('.pdf') ? await page.pdf({ format: 'A5', printBackground: false }) : await page.screenshot({ fullPage: true }));
    }
    console.log(`записан ${out}`);
  }
  await browser.close();
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
