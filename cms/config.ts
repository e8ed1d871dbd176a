/**
 * Generates the Decap CMS config from the zod schemas (cms/shape.ts), the fixed lists of src/data,
 * the labels of cms/labels.ts, the settings file and the list of municipalities.
 * Schools and roadmaps get one collection per municipality, so each list stays small.
 */
import { collectionShapes } from './collections.ts';
import { decapField, type DecapField, type FieldContext } from './fields.ts';
import { formatName, ID_FIELD, roadmapsCollection, schoolsCollection, selfDiagnosesCollection } from './names.ts';
import { BODY_LABEL, COLLECTION_LABELS, type EditableCollection } from './labels.ts';
import { APPROVAL_STATUSES } from '../src/data/lists.ts';
import { COLLECTIONS } from '../src/schemas/index.ts';

/** What the generator reads from content/. */
export interface CmsInputs {
  /** content/settings/site.yaml (its `cms` part is the production backend). */
  settings?: {
    title?: string;
    operator?: string;
    baseUrl?: string;
    cycleYear?: number;
    cms?: { backend: string; repo: string; branch: string; apiRoot?: string; baseUrl?: string; appId?: string };
  };
  /** content/municipalities/*.yaml: id (file name) and name. */
  municipalities: { id: string; name: string }[];
  /** content/directions/*.yaml: short title by code. */
  directionTitles?: Record<string, string>;
}

export interface ConfigOptions {
  /**
   * The guarded local backend of `npm run cms` (http://127.0.0.1:<port>/<token>/api/v1). Only the
   * config served by `npm run cms` has one; the built site's config never does.
   */
  localBackendUrl?: string;
  /** Branch to edit instead of the one in settings (local editing on a feature branch). */
  branch?: string;
}


interface FolderSpec {
  identifier: string;
  summary?: string;
  slug?: string;
  create?: boolean;
  sortable?: string[];
}

const FOLDERS: Record<Exclude<EditableCollection, 'settings' | 'deficits'>, FolderSpec> = {
  roles: { identifier: 'title', create: false, sortable: ['order', 'title'] },
  directions: { identifier: 'code', summary: '{{fields.code}} {{fields.shortTitle}}', create: false, sortable: ['code'] },
  measures: { identifier: 'title', sortable: ['title'] },
  practices: { identifier: 'title', summary: '{{fields.title}} ({{fields.organisation}})', sortable: ['title', 'date'] },
  templates: { identifier: 'title', sortable: ['order', 'title'] },
  calendar: { identifier: 'year', slug: '{{fields.year}}', summary: '{{fields.year}}' },
  municipalities: { identifier: 'name', sortable: ['name'] },
  schools: { identifier: 'shortName', summary: '{{fields.shortName}} — {{fields.fullName | truncate(70)}}', sortable: ['shortName'] },
  roadmaps: {
    identifier: 'school',
    slug: '{{fields.school}}-{{fields.year}}',
    summary: '{{fields.school}} · {{fields.year}} · {{fields.approval.status}}',
    sortable: ['school', 'year'],
  },
  municipalRoadmaps: {
    identifier: 'municipality',
    slug: '{{fields.municipality}}-{{fields.year}}',
    summary: '{{fields.municipality}} · {{fields.year}} · {{fields.approval.status}}',
    sortable: ['municipality', 'year'],
  },
  selfDiagnoses: {
    identifier: 'school',
    slug: '{{fields.school}}-{{fields.year}}',
    summary: '{{fields.school}} · {{fields.year}} · {{fields.approval.status}}',
    sortable: ['school', 'year'],
  },
};

const SHAPES = collectionShapes();

/** Collections shared by the whole region, in sidebar order (per-municipality ones follow). */
const SHARED = ['measures', 'practices', 'municipalities', 'municipalRoadmaps', 'templates', 'calendar', 'roles', 'directions'] as const;

function fieldsFor(ctx: FieldContext): DecapField[] {
  const shape = SHAPES[ctx.collection];
  const fields = shape.fields.map((field) => decapField(ctx, field.name, field));
  if (shape.markdown) {
    // sanitize_preview is Decap's default since 3.x; it is set explicitly so that it stays on.
    fields.push({ name: 'body', label: BODY_LABEL.label, hint: BODY_LABEL.hint, widget: 'markdown', required: false, sanitize_preview: true });
  }
  return fields;
}

/** Identical field configs become one object, so config.yml writes them once (YAML anchors) for all municipalities. */
function interner() {
  const seen = new Map<string, DecapField>();
  return (fields: DecapField[]) =>
    fields.map((field) => {
      const key = JSON.stringify(field);
      if (!seen.has(key)) seen.set(key, field);
      return seen.get(key)!;
    });
}

type FolderCollection = Exclude<EditableCollection, 'settings' | 'deficits'>;

function folderCollection(collection: FolderCollection, fields: DecapField[], municipality?: { id: string; name: string }) {
  const spec = FOLDERS[collection];
  const labels = COLLECTION_LABELS[collection];
  const perMunicipality = { schools: schoolsCollection, roadmaps: roadmapsCollection, selfDiagnoses: selfDiagnosesCollection } as Record<string, (id: string) => string>;
  const name = municipality ? perMunicipality[collection](municipality.id) : collection;
  return {
    name,
    label: municipality ? `${labels.label}: ${municipality.name}` : labels.label,
    label_singular: labels.singular,
    description: municipality ? `${labels.description} ${municipality.name}.` : labels.description,
    folder: municipality ? `content/${COLLECTIONS[collection].path}/${municipality.id}` : `content/${COLLECTIONS[collection].path}`,
    extension: SHAPES[collection].markdown ? 'md' : 'yaml',
    format: formatName(collection),
    create: spec.create ?? true,
    delete: spec.create ?? true,
    identifier_field: spec.identifier,
    slug: spec.slug ?? `{{fields.${ID_FIELD}}}`,
    summary: spec.summary ?? `{{fields.${spec.identifier}}}`,
    ...(spec.sortable ? { sortable_fields: spec.sortable } : {}),
    ...(collection === 'roadmaps' || collection === 'selfDiagnoses' ? roadmapViews() : {}),
    fields,
  };
}

function roadmapViews() {
  return {
    view_filters: Object.entries(APPROVAL_STATUSES).map(([value, label]) => ({ label, field: 'approval.status', pattern: `^${value}$` })),
    view_groups: [{ label: 'Год', field: 'year' }],
  };
}

function fileCollection(collection: 'settings' | 'deficits', file: string, fields: DecapField[]) {
  const labels = COLLECTION_LABELS[collection];
  return {
    name: collection,
    label: labels.label,
    description: labels.description,
    format: formatName(collection),
    extension: 'yaml',
    files: [{ name: collection === 'settings' ? 'site' : 'deficits', label: labels.singular, file, fields }],
  };
}

/**
 * Where Decap signs in (`base_url`). Gitea and a self-hosted GitLab sign in on their own server:
 * without base_url Decap 3.16's Gitea login goes to https://try.gitea.io, GitLab's to gitlab.com.
 * So it defaults to the API's server; GitHub's base_url is an OAuth proxy and has no default here.
 */
export function authServer(cms: { backend: string; apiRoot?: string; baseUrl?: string }): string | undefined {
  if (cms.baseUrl) return cms.baseUrl;
  if ((cms.backend === 'gitea' || cms.backend === 'gitlab') && cms.apiRoot) return new URL(cms.apiRoot).origin;
  return undefined;
}

function productionBackend(settings: CmsInputs['settings'], branchOverride?: string) {
  const cms = settings?.cms ?? { backend: 'github', repo: 'ORGANISATION/REPOSITORY', branch: 'main' };
  const branch = branchOverride ?? cms.branch;
  if (cms.backend === 'git-gateway') return { name: 'git-gateway', branch };
  return {
    name: cms.backend,
    repo: cms.repo,
    branch,
    ...(cms.apiRoot ? { api_root: cms.apiRoot } : {}),
    ...(authServer(cms) ? { base_url: authServer(cms) } : {}),
    // Gitea and GitLab sign in with PKCE: the OAuth application's client id.
    ...(cms.appId ? { app_id: cms.appId } : {}),
    commit_messages: {
      create: 'CMS: создано «{{slug}}» ({{collection}})',
      update: 'CMS: изменено «{{slug}}» ({{collection}})',
      delete: 'CMS: удалено «{{slug}}» ({{collection}})',
      uploadMedia: 'CMS: загружен файл {{path}}',
      deleteMedia: 'CMS: удалён файл {{path}}',
    },
  };
}

/** The whole Decap config as a plain object (written to dist/admin/config.yml). */
export function generateConfig(inputs: CmsInputs, options: ConfigOptions = {}) {
  const municipalities = [...inputs.municipalities].sort((a, b) => a.name.localeCompare(b.name, 'ru'));
  const cycleYear = inputs.settings?.cycleYear;
  const intern = interner();
  const directionTitles = inputs.directionTitles;
  const fields = (collection: EditableCollection, municipality?: string) => intern(fieldsFor({ collection, municipality, cycleYear, directionTitles }));
  return {
    locale: 'ru',
    backend: productionBackend(inputs.settings, options.branch),
    // npm run cms only: Decap on 127.0.0.1 switches to the guarded decap-server (cms/guard.ts).
    ...(options.localBackendUrl ? { local_backend: { url: options.localBackendUrl, allowed_hosts: ['127.0.0.1'] } } : {}),
    publish_mode: 'editorial_workflow',
    media_folder: 'public/uploads',
    public_folder: '/uploads',
    ...(inputs.settings?.baseUrl ? { site_url: inputs.settings.baseUrl, display_url: inputs.settings.baseUrl } : {}),
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections: [
      ...SHARED.map((c) => folderCollection(c, fields(c))),
      ...municipalities.flatMap((m) => [
        folderCollection('roadmaps', fields('roadmaps', m.id), m),
        folderCollection('selfDiagnoses', fields('selfDiagnoses', m.id), m),
        folderCollection('schools', fields('schools', m.id), m),
      ]),
      fileCollection('deficits', 'content/deficits.yaml', fields('deficits')),
      fileCollection('settings', 'content/settings/site.yaml', fields('settings')),
    ],
  };
}

export type DecapConfig = ReturnType<typeof generateConfig>;
