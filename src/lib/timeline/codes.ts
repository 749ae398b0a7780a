/**
 * The event types and precisions in schema order, without importing the schema
 * (it pulls Zod, which must not reach the browser). A unit test keeps them equal.
 */
import type { EventType, Precision } from '../schema.ts';

/** Event types, in the order of `eventTypes` in schema.ts. */
export const typeCodes = ['call', 'meeting', 'ministry-response', 'other'] as const satisfies readonly EventType[];

/** Date precisions, in the order of `precisions` in schema.ts. */
export const precisionCodes = ['day', 'month', 'year', 'approximate', 'unknown'] as const satisfies readonly Precision[];

// Fails to compile if the schema gains a value these lists lack.
type Missing = [Exclude<EventType, (typeof typeCodes)[number]>, Exclude<Precision, (typeof precisionCodes)[number]>];
export const complete: Missing extends [never, never] ? true : never = true;
