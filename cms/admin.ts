/**
 * Browser entry of /admin/: Decap CMS core with only the backends and widgets the generated config
 * uses, the Russian locale, one file format per collection (cms/format.ts), text-only previews
 * (cms/preview.ts), file names for new entries (cms/ids.ts), the «roadmap from a measure»
 * municipality choice (cms/prefill.ts), the check of uploads (cms/upload-check.ts) and the working
 * cycle's widgets (approval actions, threads, checked uploads).
 * Bundled by cms/build.ts; the config is dist/admin/config.yml.
 */
import { DecapCmsCore as CMS, type CmsConfig } from 'decap-cms-core';
import { GitGatewayBackend } from 'decap-cms-backend-git-gateway';
import { GitHubBackend } from 'decap-cms-backend-github';
import { GitLabBackend } from 'decap-cms-backend-gitlab';
import { GiteaBackend } from 'decap-cms-backend-gitea';
import BooleanWidget from 'decap-cms-widget-boolean';
import DatetimeWidget from 'decap-cms-widget-datetime';
import FileWidget from 'decap-cms-widget-file';
import ImageWidget from 'decap-cms-widget-image';
import ListWidget from 'decap-cms-widget-list';
import MarkdownWidget from 'decap-cms-widget-markdown';
import NumberWidget from 'decap-cms-widget-number';
import ObjectWidget from 'decap-cms-widget-object';
import RelationWidget from 'decap-cms-widget-relation';
import SelectWidget from 'decap-cms-widget-select';
import StringWidget from 'decap-cms-widget-string';
import TextWidget from 'decap-cms-widget-text';
import imageComponent from 'decap-cms-editor-component-image';
import yaml from 'js-yaml';
import en from 'decap-cms-locales/dist/esm/en/index.js';
import ru from 'decap-cms-locales/dist/esm/ru/index.js';
import type { CollectionShape } from './collections.ts';
import { fitPublishMode, localBackendRunning } from './backend.ts';
import { createFormat } from './format.ts';
import { newEntryId } from './ids.ts';
import type { EditableCollection } from './labels.ts';
import { mergePhrases, RU_PATCH } from './locale.ts';
import { APPROVAL_WIDGET, formatName, ID_FIELD, THREAD_WIDGET, UPLOAD_WIDGET } from './names.ts';
import { chooseMunicipality, needsMunicipality } from './prefill.ts';
import { formMunicipality, nextYearSource, prefillNextYear, sourceJsonPath } from './next-year.ts';
import { EntryPreview, PREVIEW_CSS } from './preview.ts';
import { CachedProxyBackend } from './proxy-cache.ts';
import { checkUploads } from './upload-check.ts';
import { hideEntry, withEntryPage } from './entry-page.ts';
import { announceSaved } from './acting-role.ts';
import { ApprovalControl, ApprovalPreview } from './approval-widget.ts';
import { ThreadControl, ThreadPreview } from './thread-widget.ts';
import { UploadControl, UploadPreview } from './upload-widget.ts';
import { WIDGET_CSS } from './widget-styles.ts';

type PreviewTemplate = Parameters<typeof CMS.registerPreviewTemplate>[1];

/** Shapes of the collections, computed from the zod schemas at bundle time (cms/build.ts). */
declare const __SHNOR_SHAPES__: Record<EditableCollection, CollectionShape>;

// Every backend's login page carries the site's Russian entry: who edits, how to get access.
CMS.registerBackend('git-gateway', withEntryPage(GitGatewayBackend));
CMS.registerBackend('github', withEntryPage(GitHubBackend));
CMS.registerBackend('gitlab', withEntryPage(GitLabBackend));
CMS.registerBackend('gitea', withEntryPage(GiteaBackend));
CMS.registerBackend('proxy', withEntryPage(CachedProxyBackend));
const widgets = [BooleanWidget, DatetimeWidget, FileWidget, ImageWidget, ListWidget, MarkdownWidget, NumberWidget, ObjectWidget, RelationWidget, SelectWidget, StringWidget, TextWidget];
CMS.registerWidget(widgets.map((widget) => widget.Widget()) as unknown as Parameters<typeof CMS.registerWidget>[0]);
// The working cycle's own widgets (approval actions, threads, checked uploads): cms/custom-fields.ts maps fields to them.
type WidgetControl = Parameters<typeof CMS.registerWidget>[1];
CMS.registerWidget(APPROVAL_WIDGET, ApprovalControl as unknown as WidgetControl, ApprovalPreview as unknown as Parameters<typeof CMS.registerWidget>[2]);
CMS.registerWidget(THREAD_WIDGET, ThreadControl as unknown as WidgetControl, ThreadPreview as unknown as Parameters<typeof CMS.registerWidget>[2]);
CMS.registerWidget(UPLOAD_WIDGET, UploadControl as unknown as WidgetControl, UploadPreview as unknown as Parameters<typeof CMS.registerWidget>[2]);
document.head.append(Object.assign(document.createElement('style'), { textContent: WIDGET_CSS }));
CMS.registerEditorComponent(imageComponent);
CMS.registerLocale('en', en);
CMS.registerLocale('ru', mergePhrases(ru, RU_PATCH));

for (const [collection, shape] of Object.entries(__SHNOR_SHAPES__) as [EditableCollection, CollectionShape][]) {
  CMS.registerCustomFormat(formatName(collection), shape.markdown ? 'md' : 'yaml', createFormat(shape));
}

CMS.registerPreviewStyle(PREVIEW_CSS, { raw: true });

// Only files of the allowed types and size reach the media library.
checkUploads(window);

// A new entry's file name comes from its title, transliterated (ids are Latin: they are page addresses).
CMS.registerEventListener({
  name: 'preSave',
  handler: ({ entry }: { entry: { get: (key: string) => any } }) => {
    if (!entry.get('newRecord')) return undefined;
    const data = entry.get('data');
    const id = newEntryId(entry.get('collection'), data.toJS());
    return id ? data.set(ID_FIELD, id) : undefined;
  },
});

// After a save, the widgets count their steps and comments as saved (one action per save).
CMS.registerEventListener({ name: 'postSave', handler: () => void announceSaved() });

interface LoadedConfig {
  collections: { name: string; files?: { name: string }[]; fields?: { name: string }[] }[];
  backend?: { name?: string };
  publish_mode?: string;
  local_backend?: { url?: string; allowed_hosts?: string[] };
}

/** Loads config.yml once: the previews are registered per collection, then Decap starts with it. */
async function start() {
  const response = await fetch('config.yml', { credentials: 'same-origin', cache: 'no-cache' });
  const config = yaml.load(await response.text()) as LoadedConfig;
  for (const collection of config.collections) {
    // Decap looks a template up by collection name, or by file name in a files collection.
    for (const name of collection.files?.map((f) => f.name) ?? [collection.name]) CMS.registerPreviewTemplate(name, EntryPreview as unknown as PreviewTemplate);
  }
  hideEntry(document);
  if (needsMunicipality(window.location)) return chooseMunicipality(document, window.location, config.collections);
  const prefilled = await withNextYear(config);
  const fitted = fitPublishMode(prefilled, await localBackendRunning(prefilled, window.location.hostname));
  // «Вернуться на сайт» and the header's site link lead to the site this editor is served from.
  const site = `${window.location.origin}/`;
  CMS.init({ config: { ...fitted, site_url: site, display_url: site, load_config_file: false } as unknown as CmsConfig });
}

/** «На следующий год» (cms/next-year.ts): the source roadmap's published JSON becomes the new form's defaults. */
async function withNextYear(config: LoadedConfig): Promise<LoadedConfig> {
  const source = nextYearSource(window.location.search);
  const municipality = formMunicipality(window.location.hash);
  if (!source || !municipality) return config;
  const response = await fetch(sourceJsonPath(source), { credentials: 'same-origin' }).catch(() => undefined);
  if (!response?.ok) return config;
  const { roadmap } = (await response.json()) as { roadmap: Parameters<typeof prefillNextYear>[2] };
  return prefillNextYear(config, municipality, roadmap);
}

void start();
