/**
 * Fields edited by the project's own widgets instead of Decap's: the shared approval block
 * (src/schemas/approval.ts) → `shnor-approval` wherever it appears, a document thread
 * (src/schemas/thread.ts) → `shnor-thread`, an uploaded file (uploadPath) → `shnor-upload`.
 * Matched by shape, so a new collection that reuses these schemas gets the widgets with no change here.
 */
import { approvalSchema } from '../src/schemas/approval.ts';
import { threadSchema } from '../src/schemas/thread.ts';
import { MEDIA_PUBLIC } from '../src/lib/media.ts';
import type { EditableCollection } from './labels.ts';
import { shapeOf, type Shape } from './shape.ts';
import { APPROVAL_WIDGET, THREAD_WIDGET, UPLOAD_WIDGET } from './names.ts';

export { APPROVAL_WIDGET, THREAD_WIDGET, UPLOAD_WIDGET };

const APPROVAL_SHAPE = JSON.stringify(shapeOf(approvalSchema));
const THREAD_SHAPE = JSON.stringify(shapeOf(threadSchema));

/** Per-school media folders (Decap field templates read the entry's `school`); others use the global folder. */
const SCHOOL_DOCUMENTS = new Set<EditableCollection>(['roadmaps', 'selfDiagnoses']);

/** The widget config for a field edited by a custom widget, or undefined for an ordinary field. */
export function customWidget(collection: EditableCollection, path: string, shape: Shape): (Record<string, unknown> & { widget: string }) | undefined {
  const json = JSON.stringify(shape);
  if (json === APPROVAL_SHAPE) return { widget: APPROVAL_WIDGET, cycle: path.split('.').includes('evidence') ? 'evidence' : 'document' };
  if (json === THREAD_SHAPE) return { widget: THREAD_WIDGET };
  if (shape.kind === 'string' && shape.format === 'upload') {
    const folder = SCHOOL_DOCUMENTS.has(collection) ? `${MEDIA_PUBLIC}/shkoly/{{fields.school}}` : MEDIA_PUBLIC;
    return { widget: UPLOAD_WIDGET, media_folder: `/public${folder}`, public_folder: folder };
  }
  return undefined;
}
