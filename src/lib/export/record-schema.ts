/**
 * The one description of /events.json: Zod schemas of the export record, from which the
 * TypeScript types come (z.infer) and public/events.schema.json is generated
 * (`npm run schema`; a unit test fails when the committed file differs).
 */
import { z } from 'astro/zod';
import { callModes, meetingModes, partsOfDay, passageKind, precision } from '../schema.ts';

const slug = z.string().regex(/^[a-z0-9][a-z0-9-]*$/);
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** One actor of an exported event. */
export const actorRecordSchema = z
  .object({
    id: slug,
    name: z.string().describe('As written in the article, without titles.'),
    kind: z.enum(['person', 'organization']),
    title: z.string().nullable(),
    country: z.string().nullable(),
    en: z.string().nullable(),
    url: z.url(),
  })
  .meta({ id: 'actor' });

/** One source of an exported event: the passage that states it. */
export const sourceRecordSchema = z
  .object({
    article: z.string(),
    outlet: z.string(),
    published: day,
    passage: z.string().regex(/^p-[a-z0-9-]+$/),
    kind: passageKind,
    text: z.string().describe('The passage text as printed (Traditional or Simplified).'),
    headline: z.string().describe("The headline of the passage's story, or the article's title when the story has none."),
    paragraph: z.int().min(0).describe("The passage's place among the paragraphs of its story (1-based); 0 for a headline."),
    url: z.url().describe('Absolute link to the passage in its article page.'),
  })
  .meta({ id: 'source' });

// Every record has every key, in one order; a field its type lacks is null.
const described = {
  date: z
    .string()
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)
    .nullable()
    .describe('YYYY-MM-DD, YYYY-MM or YYYY as precise as the text allows; null when undated.'),
  precision,
  partOfDay: z.enum(partsOfDay).nullable(),
  cameo: z.object({ code: z.string().regex(/^\d{3}$/), label: z.string() }).nullable(),
  title: z.string(),
  titleEn: z.string().nullable(),
  summary: z.string(),
};
const rest = {
  actors: z.array(actorRecordSchema),
  confidence: z.number().min(0).max(1),
  reviewed: z.boolean(),
  sources: z.array(sourceRecordSchema).min(1),
};
const place = z.string().nullable().describe('Where it took place, as written.');
const id = slug;
const url = z.url().describe("Absolute URL of the event's page.");
const notResponse = { topic: z.null(), location: place, ministry: z.null(), spokesperson: z.null() };

/** One exported event, told apart by `type`: a call or meeting may have a mode, a ministry response has a ministry. */
export const eventRecordSchema = z.discriminatedUnion('type', [
  z.object({ id, url, type: z.literal('call'), mode: z.enum(callModes).nullable(), ...described, ...notResponse, ...rest }),
  z.object({ id, url, type: z.literal('meeting'), mode: z.enum(meetingModes).nullable(), ...described, ...notResponse, ...rest }),
  z.object({
    id,
    url,
    type: z.literal('ministry-response'),
    mode: z.null(),
    ...described,
    topic: z.string().nullable().describe('What the question was about.'),
    location: z.null(),
    ministry: z.string(),
    spokesperson: z.string().nullable(),
    ...rest,
  }),
  z.object({ id, url, type: z.literal('other'), mode: z.null(), ...described, ...notResponse, ...rest }),
]);

/** The whole file. */
export const eventsExportSchema = z.object({
  $schema: z.url(),
  version: z.literal(1),
  updated: day.nullable().describe('Newest publication day among the sources (not the build time).'),
  count: z.int().min(0),
  events: z.array(eventRecordSchema),
});

export type ActorRecord = z.infer<typeof actorRecordSchema>;
export type SourceRecord = z.infer<typeof sourceRecordSchema>;
export type EventRecord = z.infer<typeof eventRecordSchema>;

/** public/events.schema.json as text. */
export function eventsJsonSchema(): string {
  const schema = z.toJSONSchema(eventsExportSchema, { target: 'draft-2020-12' });
  const head = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'events.schema.json',
    title: 'Diplomatic events export (/events.json)',
    description:
      'Every event of the timeline with its actors, CAMEO code and the newspaper passages that state it. Generated from src/lib/export/record-schema.ts; see docs/export-schema.md.',
  };
  return `${JSON.stringify({ ...head, ...schema, ...head }, null, 2)}\n`;
}
