/**
 * People named in a span of folded text: known people from the data (any script or
 * transliteration), and unknown names standing after a title (俄羅斯總統普京, 斯洛伐克總理菲佐),
 * each with the title and country written around it.
 */
import type { Lexicon, PersonEntry } from './lexicon.ts';
import type { Prepared } from './text.ts';

/** A person found in the text. */
export interface PersonMention {
  start: number;
  end: number;
  /** The name as it stands in the folded text (map back with originalSlice). */
  folded: string;
  person?: PersonEntry;
  titleStart?: number;
  titleEnd?: number;
  /** Country code from the words before the title (美國總統 → US). */
  country?: string;
}

// Characters that never continue a name after a title: particles, verbs, punctuation.
const STOP = new Set([...'在同与和跟及举通会表说于就时今昨前将并也还对向等率一出进发应共分已曾的了是为以从到再首正近主强指称答介回重敦驳呼透证告访抵致讲谈', ...'、，。：；「」“”（）《》()0123456789 ']);
const NOT_NAMES = new Set(['先生', '女士', '阁下', '本人', '一行', '夫妇', '夫人', '办公室', '先生阁下']);
// A title glued to these is part of another word (总统府, 大使馆, 主席国).
const TITLE_TAILS = new Set([...'馆级们团府国台官处署候位']);

function isHan(c: string | undefined): boolean {
  if (!c) return false;
  const code = c.charCodeAt(0);
  return (code >= 0x4e00 && code <= 0x9fff) || c === '·' || c === '•';
}

function countryBefore(lex: Lexicon, s: string, at: number): string | undefined {
  for (let k = Math.max(0, at - 8); k < at; k++) {
    const hit = lex.countries.at(s, k);
    if (hit && hit.end === at) return hit.value.code;
  }
  return undefined;
}

function unknownNameAt(lex: Lexicon, s: string, i: number, to: number): number {
  let j = i;
  while (j < to && j - i < 6 && isHan(s[j]) && !STOP.has(s[j]!)) {
    if (j > i + 1 && (lex.triggers.at(s, j) || lex.responseVerbs.at(s, j))) break;
    j++;
  }
  const name = s.slice(i, j);
  if (j - i < 2 || j - i > 5 || NOT_NAMES.has(name) || lex.countries.at(s, i) || lex.titles.at(s, i)) return i;
  return j;
}

/** People named in `s[from, to)`, in order. */
export function findPeople(lex: Lexicon, s: string, from = 0, to = s.length): PersonMention[] {
  const out: PersonMention[] = [];
  for (let i = from; i < to; ) {
    const known = lex.people.at(s, i);
    if (known && known.end <= to) {
      const mention: PersonMention = { start: i, end: known.end, folded: known.phrase, person: known.value };
      const after = lex.titles.at(s, known.end);
      if (after && !TITLE_TAILS.has(s[after.end] ?? '')) {
        mention.titleStart = after.start;
        mention.titleEnd = after.end;
      }
      out.push(mention);
      i = known.end;
      continue;
    }
    const title = lex.titles.at(s, i);
    if (title && title.end < to && !TITLE_TAILS.has(s[title.end] ?? '')) {
      const country = countryBefore(lex, s, i);
      const next = lex.people.at(s, title.end);
      const end = next ? next.end : unknownNameAt(lex, s, title.end, to);
      if (end > title.end && end <= to) {
        out.push({
          start: title.end,
          end,
          folded: s.slice(title.end, end),
          ...(next ? { person: next.value } : {}),
          titleStart: i,
          titleEnd: title.end,
          ...(country ? { country } : {}),
        });
        i = end;
        continue;
      }
      i = title.end;
      continue;
    }
    i++;
  }
  return out;
}

/** The stable id of a mention: the data's id, else `p-` and a hash-free transliteration key. */
export function personKey(m: PersonMention): string {
  return m.person?.id ?? `name:${m.folded}`;
}

const found = new WeakMap<Prepared, PersonMention[]>();

/** People named in `prep.folded[from, to)`, from one scan of the passage kept for later calls. */
export function peopleIn(lex: Lexicon, prep: Prepared, from = 0, to = prep.folded.length): PersonMention[] {
  let all = found.get(prep);
  if (!all) {
    all = findPeople(lex, prep.folded);
    found.set(prep, all);
  }
  return all.filter((p) => p.start >= from && p.end <= to);
}
