/** Names of the Decap collections and formats: shared by the generator, the admin and the links. */
import type { EditableCollection } from './labels.ts';

export const schoolsCollection = (municipality: string) => `schools-${municipality}`;
export const roadmapsCollection = (municipality: string) => `roadmaps-${municipality}`;
export const selfDiagnosesCollection = (municipality: string) => `selfDiagnoses-${municipality}`;

/** `roadmaps-lesnogorsk` → ['roadmaps', 'lesnogorsk']; `measures` → ['measures', undefined]. */
export function splitCollectionName(name: string): [string, string | undefined] {
  const m = /^(schools|roadmaps|selfDiagnoses)-(.+)$/.exec(name);
  return m ? [m[1], m[2]] : [name, undefined];
}

/** Field that new entries get their file name from; filled on save by cms/ids.ts, never written to the file. */
export const ID_FIELD = '__id';

/** Name of the admin's file format for a collection (one per schema). */
export const formatName = (collection: EditableCollection) => `shnor-${collection}`;

/** The project's own widgets (registered in cms/admin.ts, chosen by cms/custom-fields.ts). */
export const APPROVAL_WIDGET = 'shnor-approval';
export const THREAD_WIDGET = 'shnor-thread';
export const UPLOAD_WIDGET = 'shnor-upload';
