/**
 * Decap's login page with the site's Russian entry (cms/entry.ts) above its login button: each
 * backend's authComponent is wrapped. The entry is moved from index.html into the login page
 * while it is shown, and hidden once Decap opens the editor.
 */
import { createElement, useEffect, useRef, type ComponentType } from 'react';

type AuthComponent = ComponentType<Record<string, unknown>>;
interface BackendClass {
  new (...args: any[]): { authComponent(): AuthComponent };
}

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
  return class extends Backend {
    authComponent() {
      return withEntry(super.authComponent());
    }
  };
}

/** Hides the entry before Decap starts (it shows it again on its login page). */
export function hideEntry(doc: Document) {
  const entry = doc.getElementById(ENTRY_ID);
  if (entry) entry.hidden = true;
}
