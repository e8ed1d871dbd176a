/**
 * Decap's login page with the site's Russian entry (cms/entry.ts) above its login button: each
 * backend's authComponent is wrapped. The entry is moved from index.html into the login page
 * while it is shown, and hidden once Decap opens the editor.
 */
import { createElement, useEffect, useRef, type ComponentType } from 'react';

type AuthComponent = ComponentType<Record<string, unknown>>;
/** A Decap backend class; every backend has authComponent() (not every package's types say so). */
type BackendClass = new (...args: any[]) => object;

export const ENTRY_ID = 'shnor-entry';

function withEntry(Auth: AuthComponent): AuthComponent {
  return function EntryLoginPage(props) {
    const slot = useRef<HTMLDivElement>(null);
    useEffect(() => {
      const entry = document.getElementById(ENTRY_ID);
      if (!entry || !slot.current) return undefined;
      entry.hidden = false;
      slot.current.append(entry);
      return () => {
        entry.hidden = true;
        document.body.prepend(entry);
      };
    }, []);
    return createElement('div', { className: 'shnor-login' }, createElement('div', { ref: slot }), createElement(Auth, props));
  };
}

/** The backend class with its login page wrapped. */
export function withEntryPage<T extends BackendClass>(Backend: T): T {
  const base = Backend as unknown as new (...args: any[]) => { authComponent(): AuthComponent };
  return class extends base {
    authComponent() {
      return withEntry(super.authComponent());
    }
  } as unknown as T;
}

/** Hides the entry before Decap starts (it shows it again on its login page). */
export function hideEntry(doc: Document) {
  const entry = doc.getElementById(ENTRY_ID);
  if (entry) entry.hidden = true;
}
