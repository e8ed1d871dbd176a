import { describe, expect, it } from 'vitest';
import { isExactTitle, missingWords, neededPrefix, normalizeQuery, pageCount, pagerPages, words } from '../../src/lib/search-query.ts';

describe('the query sent to Pagefind', () => {
  it('drops signs that are not words and one-letter abbreviations', () => {
    expect(normalizeQuery('СОШ № 5 г. Лесногорска')).toBe('СОШ 5 Лесногорска');
    expect(normalizeQuery('«мотивация» — это')).toBe('мотивация это');
  });
  it('keeps a one-letter query, and numbers', () => {
    expect(normalizeQuery('а')).toBe('а');
    expect(normalizeQuery('5 класс')).toBe('5 класс');
  });
  it('folds case and ё in the words compared', () => {
    expect(words('Берёзовка, «СОШ»')).toEqual(['березовка', 'сош']);
  });
});

describe('a query word counts as found only in some form of it', () => {
  const page = 'Низкая учебная мотивация обучающихся: а также проекты и исследования.';
  it('finds other forms of a word on the page', () => {
    expect(missingWords('мотивацию', page)).toEqual([]);
    expect(missingWords('мотивационными', page)).toEqual([]);
    expect(missingWords('проектами исследований', page)).toEqual([]);
  });
  it('does not take the one-letter word «а» for «абракадабра» (Pagefind’s prefix fallback)', () => {
    expect(missingWords('абракадабра', page)).toEqual(['абракадабра']);
    expect(missingWords('мотивация абракадабра', page)).toEqual(['абракадабра']);
  });
  it('needs half of a long word, three letters of a middle one, all of a short one', () => {
    expect(neededPrefix('абракадабра')).toBe(6);
    expect(neededPrefix('школа')).toBe(3);
    expect(neededPrefix('овз')).toBe(3);
    expect(neededPrefix('5')).toBe(1);
  });
});

describe('exact title', () => {
  it('matches the name of a school inside a roadmap title, whatever the punctuation', () => {
    expect(isExactTitle('СОШ № 5 г. Лесногорска', 'Дорожная карта 2025: СОШ № 5 г. Лесногорска (пример)')).toBe(true);
    expect(isExactTitle('сош 5 лесногорска', 'Дорожная карта 2025: СОШ № 5 г. Лесногорска (пример)')).toBe(true);
  });
  it('does not match another number or words out of order', () => {
    expect(isExactTitle('СОШ № 5', 'Дорожная карта 2025: СОШ № 51 г. Лесногорска')).toBe(false);
    expect(isExactTitle('оценивание формирующее', 'Формирующее оценивание на уроке')).toBe(false);
    expect(isExactTitle('Формирующее оценивание', 'Формирующее оценивание на уроке')).toBe(true);
  });
  it('takes one word for a name only when it is the whole title', () => {
    expect(isExactTitle('мотивация', 'R06. Низкая учебная мотивация')).toBe(false);
    expect(isExactTitle('Мониторинг', 'Мониторинг')).toBe(true);
    expect(isExactTitle('Лицей', 'Лицей (пример)')).toBe(true);
  });
});

describe('pager', () => {
  it('shows first, last, current and neighbours with gaps', () => {
    expect(pagerPages(1, 1)).toEqual([1]);
    expect(pagerPages(1, 6)).toEqual([1, 2, 0, 6]);
    expect(pagerPages(4, 9)).toEqual([1, 0, 3, 4, 5, 0, 9]);
    expect(pagerPages(2, 3)).toEqual([1, 2, 3]);
  });
  it('counts pages', () => {
    expect(pageCount(0, 20)).toBe(1);
    expect(pageCount(20, 20)).toBe(1);
    expect(pageCount(21, 20)).toBe(2);
  });
});
