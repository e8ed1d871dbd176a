import { describe, expect, it } from 'vitest';
import { catalogQuery, readCatalogQuery } from '../../src/lib/catalog-query.ts';

describe('catalog filters in the address', () => {
  it('writes chosen filters and leaves out empty ones', () => {
    expect(catalogQuery([['napravlenie', 'R06'], ['uroven', ''], ['obrazovanie', 'ooo']])).toBe('?napravlenie=R06&obrazovanie=ooo');
    expect(catalogQuery([['napravlenie', '']])).toBe('');
  });
  it('reads back known keys only', () => {
    expect(readCatalogQuery('?napravlenie=R06&foo=1&uroven=', ['napravlenie', 'uroven'])).toEqual({ napravlenie: 'R06' });
  });
});
