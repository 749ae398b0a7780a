/** `npm run schema`: writes public/events.schema.json from the export record's Zod schema. */
import { writeFileSync } from 'node:fs';
import { eventsJsonSchema } from '../src/lib/export/record-schema.ts';

writeFileSync('public/events.schema.json', eventsJsonSchema());
console.log('schema: wrote public/events.schema.json');
