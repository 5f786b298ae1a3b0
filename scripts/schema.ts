// The JSON Schema of the output record, made from the OutputRecord type (src/output/record-types.ts)
// that toRecord returns. `npm run schema` writes schema/record.schema.json; test/output/schema.test.ts
// fails when the committed file is not what the types give.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createGenerator } from 'ts-json-schema-generator';

const ROOT = new URL('../', import.meta.url);
export const SCHEMA_FILE = fileURLToPath(new URL('schema/record.schema.json', ROOT));

export function recordSchemaText(): string {
  const generator = createGenerator({
    path: fileURLToPath(new URL('src/output/record-types.ts', ROOT)),
    tsconfig: fileURLToPath(new URL('tsconfig.json', ROOT)),
    type: 'OutputRecord',
    additionalProperties: false,
    skipTypeCheck: true,
  });
  const { $schema, ...rest } = generator.createSchema('OutputRecord');
  const schema = {
    $schema,
    title: 'dyad output record',
    description: 'One JSON line of `dyad code --format jsonl`: an input document with its article, entities, quotes and events. See docs/output.md.',
    ...rest,
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(SCHEMA_FILE, recordSchemaText());
  console.log(`wrote ${SCHEMA_FILE}`);
}
