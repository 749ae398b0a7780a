/**
 * What a ministry was asked about: the most specific topic (data/topics.json) cued in the question
 * or in what the answer responds to. The key goes into the event id.
 */
import type { Lexicon, TopicEntry } from './lexicon.ts';
import { hash64 } from '../hash.ts';

/** A topic: a data entry when a cue matched, else a key made from the text. */
export interface Topic {
  key: string;
  entry?: TopicEntry;
  /** The folded text the topic was read from. */
  text: string;
}

const PUNCT = /[\s，。、：；！？「」“”『』（）《》,.:;!?()]/gu;

// Outlet credits (【大公報訊】, 香港文匯報訊, 據新華社報道) name places that are not topics.
const CREDITS = /【[^】]{0,16}】|[\u4e00-\u9fff]{2,8}讯|据[^，。：]{1,20}?报道|综合[^。：]{1,40}?报道|根据[^，。]{1,30}?消息/gu;

/** The topic of `folded` text. */
export function topicOf(lex: Lexicon, folded: string): Topic {
  const text = folded.replace(CREDITS, (m) => ' '.repeat(m.length));
  const hit = lex.topics.all(text).sort((a, b) => lex.topicRank(a.value) - lex.topicRank(b.value))[0];
  if (hit) return { key: hit.value.key, entry: hit.value, text };
  const countries = [
    ...new Set(
      lex.countries
        .all(text)
        .map((h) => h.value.code)
        .filter((c) => c !== 'CN'),
    ),
  ].sort();
  if (countries.length) return { key: `about-${countries.slice(0, 2).join('-').toLowerCase()}`, text };
  return { key: `t${hash64(text.replace(PUNCT, '').slice(0, 24)).slice(0, 6)}`, text };
}
