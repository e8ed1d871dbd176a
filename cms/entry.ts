/**
 * The Russian entry of /admin/: who edits what, how to get access, where the login leads. Static
 * HTML in index.html (so it is there without JavaScript); cms/admin.ts moves it into Decap's login
 * page, above Decap's own login button, and it disappears once the editor opens.
 */
import { CMS_BACKENDS } from '../src/data/lists.ts';
import type { CmsInputs } from './config.ts';

type Settings = NonNullable<CmsInputs['settings']>;

/** Who edits which part of the site (the roles of content/roles, in the words of cms/labels.ts). */
export const EDITORS: { role: string; edits: string }[] = [
  { role: 'Региональный методический актив (РМА)', edits: 'меры каталога и лучшие практики; проверяет описания мер' },
  { role: 'Региональный центр (ЦНППМПР)', edits: 'календарь, шаблоны документов, роли, направления и настройки сайта' },
  { role: 'Муниципальный координатор', edits: 'программу поддержки своего муниципалитета, его школы и дорожные карты' },
  { role: 'Муниципальный куратор', edits: 'согласование дорожных карт закреплённых школ: согласовать или вернуть на доработку с комментарием' },
  { role: 'Директор и школьный координатор', edits: 'дорожную карту своей школы: ход мероприятий и подтверждающие материалы' },
];

/** Default hosts of the backends when the settings name no server of their own. */
const PUBLIC_HOSTS: Record<string, string> = { github: 'github.com', gitlab: 'gitlab.com', 'git-gateway': 'Netlify Identity' };

/** The Git host the editor signs in with: the OAuth server, else the API's host, else the public service. */
export function gitHost(cms: Settings['cms']): string | undefined {
  const url = cms?.baseUrl ?? cms?.apiRoot;
  if (url) return new URL(url).host;
  return cms ? PUBLIC_HOSTS[cms.backend] : undefined;
}

/** Sign-in is possible: Gitea and a self-hosted GitLab need the OAuth application's client id. */
export function loginConfigured(cms: Settings['cms']): boolean {
  if (!cms) return false;
  if (cms.backend === 'gitea') return Boolean(cms.appId && (cms.baseUrl || cms.apiRoot));
  if (cms.backend === 'gitlab' && cms.apiRoot) return Boolean(cms.appId);
  return true;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[ch]!);
}

/** The entry section of index.html; every value from the settings is escaped. */
export function entryHtml(settings: CmsInputs['settings']): string {
  const cms = settings?.cms;
  const host = gitHost(cms);
  const backend = cms ? (CMS_BACKENDS as Record<string, string>)[cms.backend] ?? cms.backend : undefined;
  const operator = settings?.operator ? escapeHtml(settings.operator) : 'оператор сайта';
  const where = host && backend ? `${escapeHtml(backend)} (${escapeHtml(host)})` : 'Git-хостинге сайта';
  const repo = cms?.repo ? ` с правом записи в репозиторий <code>${escapeHtml(cms.repo)}</code>` : '';
  const login = loginConfigured(cms)
    ? `<p>Нажмите кнопку входа ниже: откроется страница входа ${where}. После входа вы вернётесь в редактор.</p>`
    : `<p class="shnor-entry__warn">Вход ещё не настроен: в настройках сайта (раздел «Подключение CMS») нужно указать адрес сервера и идентификатор OAuth-приложения. Обратитесь к оператору сайта.</p>`;
  const rows = EDITORS.map((e) => `<li><strong>${escapeHtml(e.role)}</strong> — ${escapeHtml(e.edits)}.</li>`).join('\n');
  return `<section class="shnor-entry" id="shnor-entry" aria-labelledby="shnor-entry-title">
<h1 id="shnor-entry-title">Редактор содержимого${settings?.title ? ` «${escapeHtml(settings.title)}»` : ''}</h1>
<p>Здесь участники программы правят содержимое сайта без Git и YAML. Каждая правка проверяется при сборке и остаётся в истории изменений с именем автора. Раздел «Методика» правится только через Git.</p>
<h2>Кто редактирует</h2>
<ul>
${rows}
</ul>
<p>Права выдаются на весь репозиторий; кто что правит — договорённость участников, а не ограничение редактора.</p>
<h2>Как получить доступ</h2>
<p>Напишите оператору сайта — ${operator}. Он создаст вам учётную запись на ${where}${repo}.</p>
${login}
<noscript><p>Для работы редактора нужен JavaScript. <a href="/">Вернуться на сайт</a></p></noscript>
</section>`;
}

/** Styles of the entry inside Decap's login page (index.html may use inline styles: see the /admin/ CSP). */
export const ENTRY_CSS = `
.shnor-entry { font-family: system-ui, sans-serif; max-width: 42rem; margin: 2rem auto 0; padding: 0 1rem; line-height: 1.5; color: #1b1f24; }
.shnor-entry h1 { font-size: 1.6rem; line-height: 1.25; }
.shnor-entry h2 { font-size: 1.2rem; margin: 1.5rem 0 0.5rem; }
.shnor-entry li { margin: 0.3rem 0; }
.shnor-entry__warn { border-left: 5px solid #8a4b00; background: #f3f5f7; padding: 0.75rem 1rem; }
.shnor-login > section { height: auto !important; min-height: 0 !important; justify-content: flex-start !important; gap: 1.25rem !important; padding: 1rem 0 3rem; }
.shnor-login > section > span:first-child { display: none; }
`;
