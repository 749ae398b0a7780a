/**
 * The one schema for articles and events, shared by the CLI (ingest, extract)
 * and the site (src/site/load-site.ts). It must not import `astro:*` or `node:*`.
 */
import { z } from 'astro/zod';
import { isRealDay } from './day.ts';

/** A calendar day, month or year as written in frontmatter: always a quoted string. */
export const dayString = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a quoted date "YYYY-MM-DD"')
  .refine(isRealDay, 'not a real calendar day');

/** A date at day, month or year precision. */
export const partialDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected "YYYY-MM-DD", "YYYY-MM" or "YYYY"')
  .refine((s) => s.length !== 10 || isRealDay(s), 'not a real calendar day')
  .refine((s) => s.length !== 7 || (+s.slice(5) >= 1 && +s.slice(5) <= 12), 'not a real month');

export const passageKinds = [
  'headline',
  'subheadline',
  'standfirst',
  'paragraph',
  'quote',
  'caption',
  'byline',
  'credit',
  'source-note',
] as const;
export const passageKind = z.enum(passageKinds);
export type PassageKind = z.infer<typeof passageKind>;

/** URL-safe identifier: lower-case ASCII letters, digits and hyphens. */
export const slugId = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'expected lower-case letters, digits and hyphens');

/** One passage of an article body: a headline, a paragraph, a caption… */
export const passageSchema = z.object({
  id: slugId,
  kind: passageKind,
  story: slugId,
  text: z.string().min(1),
});
export type Passage = z.infer<typeof passageSchema>;

export const storySchema = z.object({
  id: slugId,
  headline: z.string().nullable(),
});
export type Story = z.infer<typeof storySchema>;

export const eventTypes = ['call', 'meeting', 'ministry-response', 'other'] as const;
export const eventType = z.enum(eventTypes);
export type EventType = z.infer<typeof eventType>;

export const precisions = ['day', 'month', 'year', 'approximate', 'unknown'] as const;
export const precision = z.enum(precisions);
export type Precision = z.infer<typeof precision>;

/** How a call or meeting was held: calls by phone or video link, meetings in person or by video link. */
export const callModes = ['phone', 'video'] as const;
export const meetingModes = ['in-person', 'video'] as const;
export const modes = ['phone', 'video', 'in-person'] as const;
export type Mode = (typeof modes)[number];
export const partsOfDay = ['morning', 'noon', 'afternoon', 'evening', 'night'] as const;

/**
 * What an editor should check before trusting a machine-made event: each lowers its
 * confidence, and the review page says what would make it right.
 */
export const doubtCodes = [
  /** The day is the story's (its dateline, briefing or an earlier sentence), not written with the event. */
  'date-inferred',
  /** Only a month, a year or an approximate time (近日) is known. */
  'date-coarse',
  /** No date could be resolved. */
  'date-missing',
  /** A participant's name is not in the people data: read from the words after a title. */
  'actor-unknown',
  /** A call or meeting with fewer than two sides named. */
  'one-side',
  /** A response whose topic matched none of the known topics. */
  'topic-unknown',
  /** The words stand inside quoted or reported speech. */
  'in-speech',
  /** Only a headline or a caption states it. */
  'headline-only',
] as const;
export const doubtCode = z.enum(doubtCodes);
export type DoubtCode = z.infer<typeof doubtCode>;

/** Who took part in an event, with what the text says about them. */
export const actorSchema = z.object({
  /** The name as written in the article, without titles: 習近平, 外交部. */
  name: z.string().min(1),
  /** Stable id from the people/organisation data (e.g. xi-jinping), when known. */
  id: slugId.optional(),
  kind: z.enum(['person', 'organization']),
  /** Title or role as written: 國家主席, 外交部發言人. */
  title: z.string().optional(),
  /** ISO 3166 alpha-2 country (or EU, UN…) the actor speaks for. */
  country: z.string().optional(),
  /** English name, from the data files. */
  en: z.string().optional(),
});
export type Actor = z.infer<typeof actorSchema>;

// The fields every event has, whatever its type, in three groups: the type's own fields go
// between them, so that parsed events keep the field order articles have always had.
const when = {
  date: partialDate.nullable(),
  precision,
  partOfDay: z.enum(partsOfDay).optional(),
  /** Names as written, without titles (the scorer and filters read these). */
  actors: z.array(z.string().min(1)),
  /** The same actors with title, role, country and English name. */
  participants: z.array(actorSchema).default([]),
};
const told = {
  title: z.string().min(1),
  /** English title, built from the data files' English names. */
  titleEn: z.string().optional(),
  summary: z.string(),
  passages: z.array(slugId).min(1),
  confidence: z.number().min(0).max(1),
  /** What lowered the confidence, for the review page (empty or absent: nothing in doubt). */
  doubts: z.array(doubtCode).optional(),
  /** The extraction rules that made the event (`extract` output only; not written to articles). */
  because: z.array(z.string()).optional(),
  /** Set by an editor: the event survives `ingest --force`. */
  reviewed: z.boolean().optional(),
};
const location = z.string().optional();

/** A phone or video call between two or more sides. */
export const callEventSchema = z.object({
  id: slugId,
  type: z.literal('call'),
  /** Always set by `extract`; an event an editor adds may leave it out. */
  mode: z.enum(callModes).optional(),
  ...when,
  location,
  ...told,
});

/** A meeting, talks or a visit, in person or by video link. */
export const meetingEventSchema = z.object({
  id: slugId,
  type: z.literal('meeting'),
  mode: z.enum(meetingModes).optional(),
  ...when,
  location,
  ...told,
});

/** A ministry's answer (a spokesperson at a briefing, a statement): the ministry, who spoke, on what. */
export const responseEventSchema = z.object({
  id: slugId,
  type: z.literal('ministry-response'),
  ...when,
  ministry: z.string().min(1),
  spokesperson: z.string().optional(),
  /** What the question was about, from the topics data. */
  topic: z.string().optional(),
  ...told,
});

/** Any other dated diplomatic act. */
export const otherEventSchema = z.object({
  id: slugId,
  type: z.literal('other'),
  ...when,
  location,
  ...told,
});

/** One diplomatic event as stored in frontmatter and printed by `extract`, told apart by `type`. */
export const eventSchema = z.discriminatedUnion('type', [callEventSchema, meetingEventSchema, responseEventSchema, otherEventSchema]);
export type TimelineEvent = z.infer<typeof eventSchema>;
export type CallEvent = z.infer<typeof callEventSchema>;
export type MeetingEvent = z.infer<typeof meetingEventSchema>;
export type ResponseEvent = z.infer<typeof responseEventSchema>;
export type OtherEvent = z.infer<typeof otherEventSchema>;

/** The event's mode when it is a call or a meeting. */
export function modeOf(event: TimelineEvent): Mode | undefined {
  return event.type === 'call' || event.type === 'meeting' ? event.mode : undefined;
}

/** The event's place when its type has one. */
export function locationOf(event: TimelineEvent): string | undefined {
  return event.type === 'ministry-response' ? undefined : event.location;
}

/** What a ministry response was about, when known. */
export function topicOf(event: TimelineEvent): string | undefined {
  return event.type === 'ministry-response' ? event.topic : undefined;
}

/** True for a ministry response (it has a ministry, and may have a spokesperson and a topic). */
export function isResponse<E extends TimelineEvent>(event: E): event is Extract<E, { type: 'ministry-response' }> {
  return event.type === 'ministry-response';
}

/** Where the page came from: the file in content/sources and its metadata. */
export const sourceSchema = z.object({
  file: z.string().min(1),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  page: z.string().optional(),
  url: z.string().url().optional(),
  encoding: z.string().optional(),
});

/** Article frontmatter. The body holds the passages (see ingest/markdown.ts). */
export const articleSchema = z.object({
  title: z.string().min(1),
  outlet: z.string().min(1),
  published: dayString,
  language: z.enum(['zh-Hant', 'zh-Hans']),
  source: sourceSchema,
  stories: z.array(storySchema).min(1),
  events: z.array(eventSchema).default([]),
  /** Hash of what ingest wrote; a mismatch means an editor changed the file. */
  generated: z.string().regex(/^[0-9a-f]{16,64}$/),
});
export type ArticleFrontmatter = z.infer<typeof articleSchema>;

/** Sidecar metadata next to a raw source: content/sources/<name>.meta.json. */
export const sidecarSchema = z.object({
  outlet: z.string().min(1).optional(),
  published: dayString.optional(),
  page: z.string().optional(),
  url: z.string().url().optional(),
  title: z.string().optional(),
  notes: z.string().optional(),
});
export type Sidecar = z.infer<typeof sidecarSchema>;

/** The article part of the `extract` JSON contract. */
export const extractedArticleSchema = z.object({
  slug: z.string().min(1),
  title: z.string(),
  outlet: z.string(),
  published: dayString,
  language: articleSchema.shape.language,
  stories: z.array(storySchema),
  passages: z.array(passageSchema),
});
export type ExtractedArticle = z.infer<typeof extractedArticleSchema>;

/** What `extract` prints. */
export const extractOutputSchema = z.object({
  article: extractedArticleSchema,
  events: z.array(eventSchema),
});
export type ExtractOutput = z.infer<typeof extractOutputSchema>;
