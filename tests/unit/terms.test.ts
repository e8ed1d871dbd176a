import { describe, expect, it } from 'vitest';
import { termSchema } from '../../src/schemas/term.ts';
import { formatTerm, termDeadlines, termRange } from '../../src/lib/terms.ts';

const parse = (v: unknown) => termSchema.safeParse(v);
const messages = (v: unknown) => {
  const r = parse(v);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('term schema: a day, a month or a period', () => {
  it('accepts a day, a month, a period and a deadline, and YAML dates', () => {
    expect(parse({ from: '2025-03-15' }).data).toEqual({ from: '2025-03-15' });
    expect(parse({ from: '2025-05' }).data).toEqual({ from: '2025-05' });
    expect(parse({ from: '2025-05', to: '2025-12' }).data).toEqual({ from: '2025-05', to: '2025-12' });
    expect(parse({ to: '2025-03-15' }).data).toEqual({ to: '2025-03-15' });
    expect(parse({ from: new Date('2025-03-15T00:00:00Z'), to: '' }).data).toEqual({ from: '2025-03-15' });
    expect(parse({ from: '2025-05-10', to: '2025-05' }).success).toBe(true);
  });
  it('explains in Russian what is wrong', () => {
    expect(messages({})).toEqual([': срок не указан. Заполните «с» (день или месяц), «по» или оба поля.']);
    expect(messages({ from: 'май' })).toEqual(['from: «май» — не дата и не месяц. Укажите день в виде ГГГГ-ММ-ДД или месяц в виде ГГГГ-ММ.']);
    expect(messages({ from: '2025-13' })[0]).toContain('не дата и не месяц');
    expect(messages({ to: '2025-02-30' })).toEqual(['to: дата 2025-02-30 не существует. Укажите день в виде ГГГГ-ММ-ДД.']);
    expect(messages({ from: '2025-06', to: '2025-05-31' })).toEqual(['to: окончание 2025-05-31 раньше начала 2025-06. Исправьте срок.']);
    expect(messages({ from: '2025-05', until: '2025-06' })[0]).toContain('неизвестное поле: until');
  });
});

describe('formatTerm', () => {
  it('writes terms the way the source documents do', () => {
    expect(formatTerm({ from: '2025-05', to: '2025-12' })).toBe('май–декабрь 2025');
    expect(formatTerm({ to: '2025-03-15' })).toBe('до 15.03.2025');
    expect(formatTerm({ from: '2025-05' })).toBe('май 2025');
    expect(formatTerm({ from: '2025-03-15' })).toBe('15.03.2025');
    expect(formatTerm({ to: '2025-05' })).toBe('до конца мая 2025');
    expect(formatTerm({ from: '2025-11', to: '2026-02' })).toBe('ноябрь 2025 – февраль 2026');
    expect(formatTerm({ from: '2025-01-27', to: '2025-02-07' })).toBe('27.01.2025 – 07.02.2025');
    expect(formatTerm({ from: '2025-05', to: '2025-05' })).toBe('май 2025');
  });
});

describe('termRange and termDeadlines', () => {
  it('turns months into their days and a deadline into its last day', () => {
    expect(termRange({ from: '2025-05', to: '2025-12' })).toEqual({ start: '2025-05-01', end: '2025-12-31' });
    expect(termRange({ from: '2025-02' })).toEqual({ start: '2025-02-01', end: '2025-02-28' });
    expect(termRange({ from: '2024-02' })).toEqual({ start: '2024-02-01', end: '2024-02-29' });
    expect(termRange({ to: '2025-03-15' })).toEqual({ start: '2025-03-15', end: '2025-03-15' });
    expect(termRange({ from: '2025-03-03', to: '2025-04' })).toEqual({ start: '2025-03-03', end: '2025-04-30' });
  });
  it('lists only the days a person has to meet', () => {
    expect(termDeadlines({ from: '2025-05', to: '2025-12' })).toEqual([]);
    expect(termDeadlines({ from: '2025-03-03', to: '2025-04' })).toEqual(['2025-03-03']);
    expect(termDeadlines({ to: '2025-03-15' })).toEqual(['2025-03-15']);
  });
});
