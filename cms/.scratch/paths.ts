import { COLLECTIONS } from '../../src/schemas/index.ts';
import { fieldsOf, fieldPaths } from '../shape.ts';
for (const [name, spec] of Object.entries(COLLECTIONS)) {
  if (name === 'methodology') continue;
  const f = fieldsOf(spec.schema as any);
  console.log('##', name, fieldPaths(f).join(' '));
}
console.log(JSON.stringify(fieldsOf(COLLECTIONS.roles.schema as any)));
