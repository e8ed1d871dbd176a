/**
 * Uploads are checked in the editor before they leave the browser: every file chosen in Decap's
 * media library (its only upload control, an <input type="file">) goes through mediaProblem().
 * A refused file gets a Russian message and never reaches the media library; an accepted choice
 * is handed on unchanged (the evidence widget's own input is left to its inline check of the same rules).
 * The guard (cms/guard.ts) and `npm run validate` check again.
 */
import { mediaProblem } from '../src/lib/media.ts';

export const refusedUpload = (name: string, problem: string) => `Файл «${name}» не загружен: ${problem}`;

/** Why the file may not be uploaded, as the message to show, or undefined. */
export async function uploadProblem(file: Blob & { name: string }): Promise<string | undefined> {
  const head = new Uint8Array(await file.slice(0, 16).arrayBuffer());
  const problem = mediaProblem(file.name, head, file.size);
  return problem && refusedUpload(file.name, problem);
}

/** Catches every file choice before the admin (React) sees it; `show` tells the editor why a file is refused. */
export function checkUploads(win: Window, show: (message: string) => void = (m) => win.alert(m)): void {
  const passed = new WeakSet<EventTarget>();
  win.addEventListener('change', (event) => {
    const input = event.target as HTMLInputElement | null;
    if (!input || input.tagName !== 'INPUT' || input.type !== 'file' || !input.files?.length) return;
    // The evidence widget (cms/upload-widget.ts) runs the same check and shows its message inline.
    if (input.closest('[data-shnor-upload]')) return;
    if (passed.delete(input)) return;
    event.stopImmediatePropagation();
    const files = [...input.files];
    void Promise.all(files.map(uploadProblem)).then((problems) => {
      const refused = problems.filter((p): p is string => Boolean(p));
      if (refused.length) {
        input.value = '';
        show(refused.join('\n'));
        return;
      }
      passed.add(input);
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
  }, true);
}
