/**
 * `shnor-upload`: one uploaded file (evidence). Before anything is uploaded the file is checked with
 * src/lib/media.ts (type by extension and first bytes, size): a refused file gets a Russian message
 * and never reaches the repository. An accepted file is renamed to a Latin name and stored in the
 * field's media folder (the school's folder, public/uploads/shkoly/<school>/) with the entry.
 */
import { Component, createElement as h, type ReactNode } from 'react';
import { ALLOWED_LABELS, extensionOf, formatSize, MAX_MEDIA_BYTES, mediaProblem, MEDIA_TYPES } from '../src/lib/media.ts';
import { t } from '../src/i18n/index.ts';
import { transliterate } from './ids.ts';
import type { FieldWidgetProps } from './widget-props.ts';

interface Props extends FieldWidgetProps {
  entry: { getIn: (path: string[]) => unknown };
  onPersistMedia: (file: File, options: { field: unknown }) => Promise<unknown>;
}

const ACCEPT = Object.keys(MEDIA_TYPES).map((ext) => `.${ext}`).join(',');

/** «Отчёт о встрече.PDF» → "otchet-o-vstreche.pdf". */
export function uploadName(name: string): string {
  const ext = extensionOf(name);
  const base = transliterate(name.replace(/^.*[\\/]/, '').slice(0, ext ? -(ext.length + 1) : undefined)) || 'fayl';
  return ext ? `${base}.${ext}` : base;
}

/** The site folder of the field's files, with `{{fields.x}}` filled from the entry. */
export function publicFolder(template: string, data: (key: string) => unknown): string | undefined {
  let missing = false;
  const folder = template.replace(/\{\{fields\.([\w.]+)\}\}/g, (_, key: string) => {
    const v = data(key);
    if (typeof v !== 'string' || !v.trim()) missing = true;
    return String(v ?? '').trim();
  });
  return missing ? undefined : folder.replace(/\/+$/, '');
}

export class UploadControl extends Component<Props, { error?: string; busy: boolean }> {
  state: { error?: string; busy: boolean } = { busy: false };

  private async choose(file: File | undefined) {
    if (!file) return;
    const head = new Uint8Array(await file.slice(0, 16).arrayBuffer());
    const problem = mediaProblem(file.name, head, file.size);
    if (problem) return this.setState({ error: `${t('cms.upload.refused')} «${file.name}»: ${problem}` });
    const folder = publicFolder(String(this.props.field.get('public_folder', '/uploads')), (key) => this.props.entry.getIn(['data', ...key.split('.')]));
    if (!folder) return this.setState({ error: t('cms.upload.needSchool') });
    const name = uploadName(file.name);
    this.setState({ busy: true, error: undefined });
    await this.props.onPersistMedia(new File([file], name, { type: file.type }), { field: this.props.field });
    this.setState({ busy: false });
    this.props.onChange(`${folder}/${name}`);
  }

  render(): ReactNode {
    const { forID, classNameWrapper, value } = this.props;
    const path = typeof value === 'string' && value ? value : undefined;
    const inputId = `${forID}-input`;
    return h(
      'div',
      { id: forID, className: `${classNameWrapper ?? ''} shnor-widget`, 'data-shnor-upload': '' },
      path
        ? h('p', null, `${t('cms.upload.current')}: `, h('a', { href: path, target: '_blank', rel: 'noopener noreferrer' }, path.replace(/^.*\//, '')), ' ', h('button', { type: 'button', onClick: () => this.props.onChange('') }, t('cms.upload.remove')))
        : h('p', null, t('cms.upload.none')),
      h('label', { htmlFor: inputId }, t('cms.upload.choose')),
      h('input', { id: inputId, type: 'file', accept: ACCEPT, disabled: this.state.busy, onChange: (e: { target: HTMLInputElement }) => { void this.choose(e.target.files?.[0]); e.target.value = ''; } }),
      h('p', { className: 'shnor-hint' }, t('cms.upload.types').replace('{types}', ALLOWED_LABELS).replace('{size}', formatSize(MAX_MEDIA_BYTES))),
      this.state.error ? h('p', { className: 'shnor-error', role: 'alert' }, this.state.error) : null,
    );
  }
}

export function UploadPreview(props: { value: unknown }) {
  return h('span', null, typeof props.value === 'string' ? props.value : '');
}
