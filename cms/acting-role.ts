/**
 * The role the editor acts in («Я работаю как»): chosen once per browser tab (sessionStorage) and
 * written into every approval step and comment. All widgets on the page share it and re-render on change.
 * Also the «entry saved» signal (Decap's postSave, cms/admin.ts): widgets then treat their steps as saved.
 */
import { Component, createElement as h } from 'react';
import { ROLES, type RoleId } from '../src/data/lists.ts';
import { t } from '../src/i18n/index.ts';
import { isRole } from './cycle-actions.ts';

const KEY = 'shnor-acting-role';
const EVENT = 'shnor-acting-role';
const SAVED = 'shnor-entry-saved';

/** Called after Decap saved an entry. */
export function announceSaved(): void {
  window.dispatchEvent(new Event(SAVED));
}

export function actingRole(): RoleId | undefined {
  try {
    const value = window.sessionStorage.getItem(KEY);
    return isRole(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

export function setActingRole(role: RoleId | undefined): void {
  try {
    if (role) window.sessionStorage.setItem(KEY, role);
    else window.sessionStorage.removeItem(KEY);
  } catch {
    // Storage may be off: the choice then lasts until the page is reloaded.
  }
  current = role;
  window.dispatchEvent(new Event(EVENT));
}

let current: RoleId | undefined;

/** The acting role now (storage, or the choice made on this page when storage is off). */
export const roleNow = (): RoleId | undefined => actingRole() ?? current;

/** A component base that re-renders when the acting role changes and hears when the entry was saved. */
export class RoleAware<P, S = object> extends Component<P, S> {
  private listener = () => this.forceUpdate();
  private savedListener = () => this.entrySaved();
  /** The entry was saved: what the widget holds now is in Git. */
  protected entrySaved(): void {}
  componentDidMount() {
    window.addEventListener(EVENT, this.listener);
    window.addEventListener(SAVED, this.savedListener);
  }
  componentWillUnmount() {
    window.removeEventListener(EVENT, this.listener);
    window.removeEventListener(SAVED, this.savedListener);
  }
}

/** The select «Я работаю как» with its hint. */
export function roleChooser(id: string) {
  const role = roleNow();
  return h(
    'div',
    { className: 'shnor-role' },
    h('label', { htmlFor: id }, t('cms.role.label')),
    ' ',
    h(
      'select',
      { id, value: role ?? '', onChange: (e: { target: { value: string } }) => setActingRole(isRole(e.target.value) ? e.target.value : undefined) },
      h('option', { value: '' }, t('cms.role.choose')),
      ...Object.entries(ROLES).map(([value, label]) => h('option', { key: value, value }, label)),
    ),
    h('span', { className: 'shnor-hint' }, ' ', t('cms.role.hint')),
  );
}
