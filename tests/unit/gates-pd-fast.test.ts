/** The fast e-mail search finds exactly what the address pattern finds over the whole text. */
import { describe, expect, it } from 'vitest';
import { findPersonalData } from '../../src/integrations/personal-data.ts';

// The same pattern as the gate's, applied the slow way: at every position of the whole text.
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
const emails = (text: string) => findPersonalData(text).filter((m) => m.kind === 'e-mail').map((m) => m.match);

/** Deterministic pseudo-random text over the characters that matter around an address. */
function randomText(seed: number, length: number): string {
  const alphabet = ['a', 'b', 'я', 'ш', 'ru', 'рф', 'a', '1', '.', '.', '-', '_', '+', '%', '@', '@', ' ', ',', '\u{1D400}', '<', '"', '\n'];
  let x = seed;
  let out = '';
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    out += alphabet[(x >>> 8) % alphabet.length];
  }
  return out;
}

describe('e-mail search around «@»', () => {
  it('equals the whole-text pattern on 10,000 random texts', () => {
    for (let seed = 1; seed <= 10_000; seed++) {
      const text = randomText(seed, 5 + (seed % 60));
      expect(emails(text), JSON.stringify(text)).toEqual([...text.matchAll(EMAIL)].map((m) => m[0]));
    }
  });

  it('finds addresses at the edges of a text, with letters outside the BMP and several «@» in a row', () => {
    for (const text of ['a@b.ru', 'x a@b.ru', 'a@b.ru x', '\u{1D400}a@b.ru', 'a@b@c.ru', 'пишите: ivanova.m@school12.ru, director@школа.рф.']) {
      expect(emails(text), text).toEqual([...text.matchAll(EMAIL)].map((m) => m[0]));
    }
    expect(emails('пишите: ivanova.m@school12.ru, director@школа.рф.')).toEqual(['ivanova.m@school12.ru', 'director@школа.рф']);
  });

  it('scans a long page without an «@» quickly', () => {
    const page = 'Мероприятие по формированию функциональной грамотности обучающихся 5–9 классов. '.repeat(20_000);
    const started = performance.now();
    expect(findPersonalData(page)).toEqual([]);
    expect(performance.now() - started).toBeLessThan(1500);
  });
});
