/**
 * The editable collections and their shapes, read once from src/schemas. Shared by the config
 * generator (Node) and, as JSON injected at bundle time, by the admin's file format (browser).
 */
import { COLLECTIONS, type CollectionName } from '../src/schemas/index.ts';
import type { EditableCollection } from './labels.ts';
import { fieldsOf, type FieldShape } from './shape.ts';

export interface CollectionShape {
  /** Fields of the data (the frontmatter for Markdown), in schema order. */
  fields: FieldShape[];
  /** Markdown file: frontmatter + body. */
  markdown: boolean;
}

/** Every collection except methodology (trusted MDX, edited through Git only). */
export const EDITABLE_COLLECTIONS = (Object.keys(COLLECTIONS) as CollectionName[]).filter(
  (name): name is EditableCollection => name !== 'methodology',
);

export function collectionShapes(): Record<EditableCollection, CollectionShape> {
  const shapes = {} as Record<EditableCollection, CollectionShape>;
  for (const name of EDITABLE_COLLECTIONS) {
    const spec = COLLECTIONS[name];
    shapes[name] = {
      fields: fieldsOf(spec.schema),
      markdown: (spec.extensions as readonly string[]).includes('.md'),
    };
  }
  return shapes;
}
