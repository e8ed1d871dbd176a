/** The federation file the federal site is built from (FEDERAL_CONFIG, default: the example). */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseFederation } from '../../src/lib/federation.ts';

const file = resolve(process.env.FEDERAL_CONFIG ?? 'federal/federation.example.json');
export const federation = parseFederation(JSON.parse(readFileSync(file, 'utf8')), file);
