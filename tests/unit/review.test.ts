/** Review freshness of measures and practices, and the РМА list of what is due. */
import { describe, expect, it } from 'vitest';
import { addMonths, reviewFreshness, reviewQueue, type ReviewSubject } from '../../src/lib/review.ts';
import { measureSchema, reviewSchema } from '../../src/schemas/measures.ts';
import { practiceSchema } from '../../src/schemas/practices.ts';
import { settingsSchema } from '../../src/schemas/settings.ts';

describe('addMonths', () => {
  it('keeps the day, or takes the month’s last day', () => {
    expect(addMonths('2024-09-10', 12)).toBe('2025-09-10');
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonths('2025-11-15', 3)).toBe('2026-02-15');
  });
});

describe('reviewFreshness', () => {
  const reviewed = { status: 'reviewed' as const, reviewedBy: 'rma' as const, date: '2024-09-10' };
  it('is due once the review period has passed, fresh before', () => {
    expect(reviewFreshness(reviewed, '2025-09-09')).toEqual({ state: 'fresh', date: '2024-09-10', by: 'rma', dueDate: '2025-09-10' });
    expect(reviewFreshness(reviewed, '2025-09-10').state).toBe('due');
    expect(reviewFreshness(reviewed, '2025-03-11', 6).state).toBe('due');
    expect(reviewFreshness(reviewed, '2025-03-09', 6).state).toBe('fresh');
  });
  it('a draft or a missing review is «not reviewed», never «due»', () => {
    expect(reviewFreshness({ status: 'draft' }, '2030-01-01')).toEqual({ state: 'unreviewed' });
    expect(reviewFreshness(undefined, '2030-01-01')).toEqual({ state: 'unreviewed' });
  });
});

describe('reviewQueue', () => {
  const subject = (id: string, directions: string[], date?: string, kind: ReviewSubject['kind'] = 'measure'): ReviewSubject => ({
    kind, id, title: id, directions, example: id.startsWith('primer'),
    review: date ? { status: 'reviewed', reviewedBy: 'rma', date } : { status: 'draft' },
  });
  it('groups what is due and what was never reviewed under the primary direction; fresh entries stay out', () => {
    const groups = reviewQueue(
      [subject('b-due', ['R02', 'R01'], '2024-05-01'), subject('a-due-older', ['R02'], '2024-01-01'), subject('fresh', ['R01'], '2025-06-01'),
        subject('primer-draft', ['R01']), subject('praktika', ['R01'], undefined, 'practice'), subject('unknown-direction', ['R99'])],
      ['R01', 'R02', 'R03'], '2025-10-15', 12,
    );
    expect(groups.map((g) => [g.direction, g.due.map((r) => r.id), g.unreviewed.map((r) => r.id)])).toEqual([
      ['R01', [], ['primer-draft', 'praktika']],
      ['R02', ['a-due-older', 'b-due'], []],
    ]);
    expect(groups[0].unreviewed[0].example).toBe(true);
  });
});

describe('review schema', () => {
  it('a reviewed entry needs a date and a role; a draft needs neither', () => {
    const issues = reviewSchema.safeParse({ status: 'reviewed' }).error!.issues;
    expect(issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['date', 'у проверенной записи не указана дата проверки. Укажите дату последней проверки РМА в формате ГГГГ-ММ-ДД.'],
      ['reviewedBy', 'у проверенной записи не указано, кто её проверил. Выберите роль (например, РМА).'],
    ]);
    expect(reviewSchema.safeParse({ status: 'reviewed', reviewedBy: 'РМА', date: '2025-01-10' }).success).toBe(false);
    expect(reviewSchema.parse({ status: 'reviewed', reviewedBy: 'rma', date: new Date('2025-01-10') })).toEqual({ status: 'reviewed', reviewedBy: 'rma', date: '2025-01-10' });
    expect(reviewSchema.safeParse({ status: 'draft' }).success).toBe(true);
  });

  it('practices may carry a review block; settings may set the review period', () => {
    expect(practiceSchema.shape.review).toBeDefined();
    expect(measureSchema.shape.review).toBe(reviewSchema);
    expect(settingsSchema.shape.reviewPeriodMonths.safeParse(0).success).toBe(false);
    expect(settingsSchema.shape.reviewPeriodMonths.safeParse(24).success).toBe(true);
    expect(settingsSchema.shape.reviewPeriodMonths.safeParse(undefined).success).toBe(true);
  });
});
