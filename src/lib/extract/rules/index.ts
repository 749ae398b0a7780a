/**
 * Every rule of the extractor in one list: for the test that runs each rule's examples
 * and for the ledger (npm run score -- --ablate) that switches each off in turn.
 */
import type { RuleInfo } from '../engine.ts';
import { namedOnPage, spokespersonTermEnded } from '../actors.ts';
import { DATE_FILTERS } from '../dates.ts';
import { oneBriefingDay, regionOfDateline, regionOfKnownOfficials, sameIdOneEvent, undatedIsBackground } from '../index.ts';
import { TRIGGER_RULES } from '../triggers.ts';
import { BRIEFING_RULES } from './briefing.ts';
import { CALL_RULES } from './calls.ts';
import {
  DATE_FORMS,
  dayAheadIsLastMonth,
  monthAheadIsLastYear,
  reprintYesterday,
  speechTodayIsStoryDay,
  weekdayAhead,
  yearCarriesOn,
} from './dates.ts';
import { MERGE_RULES } from './merge.ts';
import { RESPONSE_RULES } from './responses.ts';
import { STORY_RULES } from './story.ts';

export const ALL_RULES: readonly RuleInfo[] = [
  ...DATE_FORMS,
  monthAheadIsLastYear,
  yearCarriesOn,
  dayAheadIsLastMonth,
  weekdayAhead,
  speechTodayIsStoryDay,
  reprintYesterday,
  ...DATE_FILTERS,
  ...TRIGGER_RULES,
  ...STORY_RULES,
  ...BRIEFING_RULES,
  ...CALL_RULES,
  ...RESPONSE_RULES,
  ...MERGE_RULES,
  regionOfKnownOfficials,
  regionOfDateline,
  namedOnPage,
  spokespersonTermEnded,
  oneBriefingDay,
  sameIdOneEvent,
  undatedIsBackground,
];
