/**
 * A mention: one sentence's report of an event, before mentions of the same happening
 * are merged into one event.
 */
import type { EventType, Passage } from '../schema.ts';
import type { DateValue } from './dates.ts';
import type { PersonMention } from './actors.ts';
import type { MinistryMention } from './ministries.ts';
import type { Topic } from './topics.ts';

/** A person in a mention, with the name as written in the article. */
export interface MentionPerson extends PersonMention {
  name: string;
  title?: string;
}

/** One report of an event in one passage. */
export interface Mention {
  type: EventType;
  mode?: 'phone' | 'video' | 'in-person';
  when: DateValue;
  people: MentionPerson[];
  ministry?: MinistryMention & { name: string };
  spokesperson?: MentionPerson;
  topic?: Topic;
  /** The trigger word as written (通電話, 視頻會晤, 回應). */
  word: string;
  location?: string;
  /** The other side as written when it is not a named person (日本執政黨代表團), or the clause. */
  counterpart?: string;
  passage: Passage;
  /** The sentence as written, for the summary. */
  sentence: string;
  /** Where in the page: headlines and captions restate, they never stand alone undated. */
  role: 'headline' | 'caption' | 'body';
  /** 「發言人X在例行記者會上回答記者提問」: opens a briefing; it joins the first answer given there. */
  opening?: boolean;
  /** 「發言人就美方加徵關稅答記者問」: an opening that frames one matter; it leads its answer's group. */
  framed?: boolean;
  /** 三方會晤, 集體會見: several sides meet. */
  multilateral?: boolean;
  /** 「會見中德工商界知名人士」: whom the word meets is written after it but names no one the page knows. */
  guestUnnamed?: boolean;
  /** 「王毅其後會見安倍晉三」: a word for what came next (其後, 隨後, 接著) opens its clause: another happening than the one before. */
  next?: boolean;
  /** 「王毅昨天也會見了西哈莫尼」: 也, 還, 另 right before the word: a happening besides the one before. */
  besides?: boolean;
  /** 「這是…首度通話」: looks back on a happening reported before; joins it, never stands alone. */
  restates?: boolean;
  /** 「…形成同一天與美俄領導人通話的場景」: undated, on the day of the dated mention of its sentence. */
  sameDay?: boolean;
  /** 「白宮今天表示，兩人的通話…結束」: the day of the speaking that tells of it, for an undated one joining nothing. */
  told?: DateValue;
  /** The rules that made it. */
  because: Set<string>;
}
