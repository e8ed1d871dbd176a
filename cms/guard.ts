/**
 * The editing guard of `npm run cms`: the only thing listening on the CMS port (127.0.0.1:8081).
 * decap-server sits behind it on a private Unix socket. A request reaches decap-server only when
 * every rule holds; anything else gets 403 and a Russian line in the log. Rules, in checking order:
 *  1. Host is exactly the guard's own address (`127.0.0.1:<port>`): no DNS rebinding.
 *  2. Origin is exactly the admin's origin (the dev server); a missing Origin is refused.
 *  3. The path is `/<token>/api/v1` with this run's random token, which only the config served by
 *     `npm run cms` contains.
 *  4. POST only (plus the CORS preflight for it); Content-Type application/json; the body is a JSON
 *     object of at most 50 MB.
 *  5. The action is one the bundled admin uses (ACTIONS), and `params.branch` is the edited branch.
 *  6. Collection and entry names are plain names: letters, digits, `.`, `_`, `-`, no `..`.
 *  7. Every path is relative and normalised: no empty, `.` or `..` segments, no backslashes or
 *     control characters, no dotfiles (`.git`, `.env`…). Entry files (.md, .yaml, .yml) and their
 *     folders lie under content/ but not content/methodology/; media lie under the media folder.
 *  8. Uploads (persistMedia, persistEntry assets) pass mediaProblem(): an allowed type by extension
 *     and by first bytes, within the size limit.
 * CORS headers are sent for the admin's origin only; decap-server's own are dropped.
 */
import { createServer, request, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { timingSafeEqual } from 'node:crypto';
import { MEDIA_FOLDER, mediaProblem } from '../src/lib/media.ts';

export const MAX_BODY_BYTES = 50 * 1024 * 1024;
const JSON_TYPE = /^application\/json\s*(;\s*charset=utf-8\s*)?$/i;
const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,150}$/;
const ENTRY_FILE = /\.(md|ya?ml)$/;

type Kind = 'entry' | 'entryFolder' | 'media' | 'mediaFolder' | 'file';
type Params = Record<string, any>;
/** A list parameter: its items, or one missing value (refused) when it is not a list. */
const items = (v: unknown, empty = false): any[] => (Array.isArray(v) && (empty || v.length) ? v : [undefined]);

/** Actions of decap-cms-backend-proxy that decap-server implements, with the paths each carries. */
export const ACTIONS: Record<string, (p: Params) => [Kind, unknown][]> = {
  info: () => [],
  entriesByFolder: (p) => [['entryFolder', p.folder]],
  entriesByFiles: (p) => items(p.files).map((f) => ['entry', f?.path]),
  getEntry: (p) => [['entry', p.path]],
  unpublishedEntries: () => [],
  unpublishedEntry: () => [],
  unpublishedEntryDataFile: (p) => [['entry', p.path]],
  unpublishedEntryMediaFile: (p) => [['media', p.path]],
  deleteUnpublishedEntry: () => [],
  persistEntry: (p) => [
    ...items(p.dataFiles).flatMap((d): [Kind, unknown][] => (d?.newPath === undefined ? [['entry', d?.path]] : [['entry', d?.path], ['entry', d.newPath]])),
    ...items(p.assets, true).map((a): [Kind, unknown] => ['media', a?.path]),
  ],
  updateUnpublishedEntryStatus: () => [],
  publishUnpublishedEntry: () => [],
  getMedia: (p) => [['mediaFolder', p.mediaFolder]],
  getMediaFile: (p) => [['media', p.path]],
  persistMedia: (p) => [['media', p.asset?.path]],
  deleteFiles: (p) => items(p.paths).map((x) => ['file', x]),
  getDeployPreview: () => [],
};

/** Why a path of the given kind is refused (Russian), or undefined. */
export function pathProblem(kind: Kind, value: unknown): string | undefined {
  if (typeof value !== 'string' || !value) return 'путь не указан';
  const quoted = JSON.stringify(value);
  if (/[\\\u0000-\u001f\u007f]/.test(value)) return `путь ${quoted} содержит обратную косую черту или управляющие символы`;
  if (value.split('/').some((s) => s === '' || s === '.' || s === '..' || s.startsWith('.'))) {
    return `путь ${quoted} недопустим: абсолютный путь, «..», пустая часть или скрытый файл (.git и другие)`;
  }
  if (kind === 'media' || kind === 'mediaFolder' || (kind === 'file' && !value.startsWith('content/'))) {
    const inMedia = value.startsWith(`${MEDIA_FOLDER}/`) || (kind === 'mediaFolder' && value === MEDIA_FOLDER);
    return inMedia ? undefined : `путь ${quoted} вне папки загрузок ${MEDIA_FOLDER}/`;
  }
  if (!value.startsWith('content/')) return `путь ${quoted} вне content/`;
  if (`${value.toLowerCase()}/`.startsWith('content/methodology/')) return `путь ${quoted} в content/methodology/: методика правится только через Git`;
  if (kind !== 'entryFolder' && !ENTRY_FILE.test(value)) return `путь ${quoted} не файл записи (.md, .yaml)`;
  return undefined;
}

/** Why an uploaded file is refused (Russian), or undefined. */
function assetProblem(asset: Params | undefined): string | undefined {
  if (typeof asset?.content !== 'string' || asset.encoding !== 'base64') return 'файл передан не в base64';
  const bytes = Buffer.from(asset.content, 'base64');
  const problem = mediaProblem(String(asset.path), bytes.subarray(0, 16), bytes.length);
  return problem && `файл ${JSON.stringify(asset.path)}: ${problem}`;
}

/** Rules 5–8 on a parsed body: the reason to refuse it, or undefined. */
export function bodyProblem(body: unknown, branch: string): string | undefined {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return 'тело запроса не объект JSON';
  const { action, params } = body as Params;
  if (typeof action !== 'string' || !Object.hasOwn(ACTIONS, action)) return `действие ${JSON.stringify(action)} не входит в список разрешённых`;
  if (action === 'info') return undefined;
  if (!params || typeof params !== 'object' || Array.isArray(params)) return 'нет параметров запроса (params)';
  // decap-server writes a legacy single `entry` too; the admin never sends it.
  if (action === 'persistEntry' && params.entry !== undefined) return 'поле entry не используется редактором';
  if (params.branch !== branch) return `ветка ${JSON.stringify(params.branch)} не та, что редактируется (${branch})`;
  // An entry id is «collection/slug», split as decap-server splits it.
  const id: string | undefined = action === 'unpublishedEntry' && typeof params.id === 'string' ? params.id : undefined;
  const [idCollection, idSlug] = id === undefined ? [] : [id.slice(0, id.indexOf('/')), id.slice(id.indexOf('/') + 1)];
  const names = [params.collection, params.slug, params.options?.collectionName, idCollection, idSlug, ...(Array.isArray(params.dataFiles) ? params.dataFiles.map((d: Params) => d?.slug) : [])];
  const badName = names.find((n) => n !== undefined && (typeof n !== 'string' || !NAME.test(n) || n.includes('..') || n.endsWith('.lock')));
  if (badName !== undefined) return `имя ${JSON.stringify(badName)} недопустимо`;
  for (const [kind, value] of ACTIONS[action](params)) {
    const problem = pathProblem(kind, value);
    if (problem) return problem;
  }
  const uploads = action === 'persistMedia' ? [params.asset] : action === 'persistEntry' ? items(params.assets, true) : [];
  for (const asset of uploads) {
    const problem = assetProblem(asset);
    if (problem) return problem;
  }
  return undefined;
}

export interface GuardOptions {
  /** Address to listen on; 127.0.0.1 unless a test says otherwise. */
  host?: string;
  /** Port to listen on (0: a free one). */
  port: number;
  /** The admin's origin, e.g. http://127.0.0.1:4321. */
  origin: string;
  token: string;
  /** The branch the admin edits (params.branch of every request). */
  branch: string;
  /** decap-server's Unix socket. */
  socketPath: string;
  log?: (line: string) => void;
}

export interface Guard {
  /** The local_backend address for the admin's config: http://127.0.0.1:<port>/<token>/api/v1. */
  url: string;
  port: number;
  close: () => Promise<void>;
}

const sameSecret = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

export async function startGuard(o: GuardOptions): Promise<Guard> {
  const host = o.host ?? '127.0.0.1';
  const log = o.log ?? ((line: string) => console.warn(line));
  let self = '';
  const cors = (req: IncomingMessage): Record<string, string> => (req.headers.origin === o.origin ? { 'Access-Control-Allow-Origin': o.origin, Vary: 'Origin' } : { Vary: 'Origin' });
  const reply = (req: IncomingMessage, res: ServerResponse, status: number, body: unknown) =>
    res.writeHead(status, { ...cors(req), 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' }).end(JSON.stringify(body));
  const refuse = (req: IncomingMessage, res: ServerResponse, reason: string) => {
    const url = (req.url ?? '').split(o.token).join('…');
    reason = reason.replace(/\.$/, '');
    log(`Защита CMS: запрос отклонён (403) — ${reason}. ${req.method} ${url}, Origin: ${req.headers.origin ?? 'нет'}, Host: ${req.headers.host ?? 'нет'}`);
    req.resume();
    reply(req, res, 403, { error: `Защита CMS: ${reason}.` });
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    if (req.headers.host !== self) return refuse(req, res, `чужой адрес в заголовке Host (нужен ${self})`);
    if (req.headers.origin !== o.origin) return refuse(req, res, req.headers.origin ? 'запрос со страницы другого сайта (Origin)' : 'нет заголовка Origin');
    const match = /^\/([^/?#]+)\/api\/v1$/.exec(req.url ?? '');
    if (!match || !sameSecret(match[1], o.token)) return refuse(req, res, 'неверный ключ доступа в адресе');
    if (req.method === 'OPTIONS') {
      const asked = (req.headers['access-control-request-headers'] ?? '').split(',').map((h) => h.trim().toLowerCase()).filter(Boolean);
      if (req.headers['access-control-request-method'] !== 'POST' || asked.some((h) => h !== 'content-type')) return refuse(req, res, 'предварительный запрос не на POST с JSON');
      return res.writeHead(204, { ...cors(req), 'Access-Control-Allow-Methods': 'POST', 'Access-Control-Allow-Headers': 'Content-Type', 'Access-Control-Max-Age': '600' }).end();
    }
    if (req.method !== 'POST') return refuse(req, res, `метод ${req.method} не разрешён`);
    if (!JSON_TYPE.test(req.headers['content-type'] ?? '')) return refuse(req, res, 'тело запроса не JSON (Content-Type)');
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of req) {
      size += (chunk as Buffer).length;
      if (size > MAX_BODY_BYTES) return refuse(req, res, 'тело запроса больше 50 МБ');
      chunks.push(chunk as Buffer);
    }
    const raw = Buffer.concat(chunks);
    let body: unknown;
    try {
      body = JSON.parse(raw.toString('utf8'));
    } catch {
      return refuse(req, res, 'тело запроса не разбирается как JSON');
    }
    const problem = bodyProblem(body, o.branch);
    if (problem) return refuse(req, res, problem);
    const upstream = request({ socketPath: o.socketPath, path: '/api/v1', method: 'POST', headers: { 'Content-Type': 'application/json', 'Content-Length': raw.length } }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, { ...cors(req), 'Content-Type': answer.headers['content-type'] ?? 'application/json', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' });
      answer.pipe(res);
    });
    upstream.on('error', (error) => {
      log(`Защита CMS: decap-server не ответил (${error.message}).`);
      if (!res.headersSent) reply(req, res, 502, { error: 'Сервер правок decap-server не отвечает. Перезапустите npm run cms.' });
    });
    upstream.end(raw);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: Error) => {
      log(`Защита CMS: ошибка обработки запроса (${error.message}).`);
      if (!res.headersSent) reply(req, res, 500, { error: 'Защита CMS: внутренняя ошибка.' });
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(o.port, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  self = `${host}:${port}`;
  return {
    url: `http://${self}/${o.token}/api/v1`,
    port,
    close: () => new Promise((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    }),
  };
}
