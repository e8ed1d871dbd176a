/**
 * Personal-data gate on a built site (the build runs it too, see src/integrations/personal-data.ts).
 * Usage: node scripts/gates/personal-data.ts [dist]
 */
import { resolve } from 'node:path';
import { checkPersonalData, formatFindings } from '../../src/integrations/personal-data.ts';

const dir = resolve(process.argv[2] ?? 'dist');
const findings = checkPersonalData(dir);
if (findings.length) {
  console.error(formatFindings(findings));
  process.exit(1);
}
console.log(`Проверка персональных данных: телефонов и e-mail вне полей с согласием нет (${dir}).`);
