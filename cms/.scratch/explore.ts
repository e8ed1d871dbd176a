import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, serve, watchErrors } from '../../tests/e2e/browser.ts';
import { buildAdminFor, tempRepo } from '../../tests/e2e/cms-helpers.ts';
import { startDecapServer } from '../server.ts';

const repo = tempRepo('content');
const site = mkdtempSync(join(tmpdir(), 'shnor-site-'));
await buildAdminFor(repo.dir, site);
const decap = await startDecapServer(repo.dir);
const web = await serve(site);
console.log('repo', repo.dir, 'site', site, web.url);
const browser = await launch();
const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
const errors = watchErrors(page);
page.on('request', (r) => { if (!r.url().startsWith('http://127.0.0.1')) console.log('EXTERNAL', r.url()); });
page.on('console', (m) => console.log('console', m.type(), m.text().slice(0, 300)));
await page.goto(web.url + '/admin/');
await page.waitForTimeout(4000);
await page.screenshot({ path: '/tmp/shot1.png' });
const target = process.argv[2];
if (target) { await page.goto(web.url + '/admin/' + target); await page.waitForTimeout(4000); await page.screenshot({ path: '/tmp/shot2.png', fullPage: false }); }
console.log('errors', errors);
await browser.close(); await web.close(); await decap.stop(); repo.remove();
