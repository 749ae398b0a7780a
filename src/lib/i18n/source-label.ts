/**
 * What a link to an event's source passage says: outlet, publication day and the story's
 * headline, so that two sources of one event can be told apart. When two sources would
 * still read the same (two paragraphs of one story), each also names its paragraph.
 */
import type { SourceRef } from '../archive/collect.ts';
import { formatDay } from './format-date.ts';
import type { Lang } from './strings.ts';

type Source = Pick<SourceRef, 'outlet' | 'published' | 'headline' | 'paragraph'>;

/** The label of one source, without the paragraph. */
function baseLabel(s: Source, lang: Lang): string {
  return lang === 'en'
    ? `${s.outlet}, ${formatDay(s.published, lang)}: “${s.headline}”`
    : `${s.outlet} ${formatDay(s.published, lang)}「${s.headline}」`;
}

/** Which passage of the story: its paragraph number, or that it is the headline. */
function place(s: Source, lang: Lang): string {
  if (lang === 'en') return s.paragraph ? `paragraph ${s.paragraph}` : 'headline';
  return s.paragraph ? `第 ${s.paragraph} 段` : '標題';
}

/** The labels of an event's sources, in order: each names outlet, day and headline, and its paragraph where two would read alike. */
export function sourceLabels(sources: readonly Source[], lang: Lang): string[] {
  const labels = sources.map((s) => baseLabel(s, lang));
  const seen = new Map<string, number>();
  for (const l of labels) seen.set(l, (seen.get(l) ?? 0) + 1);
  return labels.map((l, i) => (seen.get(l)! > 1 ? `${l}${lang === 'en' ? ', ' : ' '}${place(sources[i]!, lang)}` : l));
}
