/**
 * The characters a match of a regular expression can start with, read from its source,
 * so that a scan can skip the positions where no match can begin. Knows the syntax the
 * extraction's patterns use (literals, classes, groups, lookaround, quantifiers); for
 * anything else it answers undefined, and the caller scans every position as before.
 */

interface Part {
  /** Characters the part's first consumed character may be. */
  first: Set<string>;
  /** True when the part can match without consuming a character. */
  empty: boolean;
}

class Unknown extends Error {}

// \s as the `u` flag reads it.
const SPACES =
  '\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';
const CLASS_ESCAPES: Record<string, string> = { d: '0123456789', s: SPACES };
const LITERAL_ESCAPES = new Set([...'\\/.-^$*+?()[]{}|']);
// Ranges are spelled out one character at a time; a wide one is not worth a set.
const MAX_RANGE = 2000;

/** The characters `source` (compiled with flags `u`, no `i`) can start a match with, or undefined when unsure. */
export function startChars(source: string): ReadonlySet<string> | undefined {
  let i = 0;
  // Inside a lookaround nothing is consumed, so what it holds only needs to be read past.
  let look = 0;
  const peek = () => source[i];
  const unknown = (): string => {
    if (look === 0) throw new Unknown();
    return '';
  };

  // One character of a class or of the pattern, after a backslash or not.
  function char(): string {
    const c = source[i++];
    if (c === undefined) throw new Unknown();
    // A character outside the Basic Multilingual Plane is two code units: not handled.
    if (/[\uD800-\uDFFF]/.test(c)) return unknown();
    if (c !== '\\') return c;
    const e = source[i++];
    if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(source.slice(i, i + 4))) {
      i += 4;
      const code = parseInt(source.slice(i - 4, i), 16);
      return code >= 0xd800 && code <= 0xdfff ? unknown() : String.fromCharCode(code);
    }
    if (e !== undefined && LITERAL_ESCAPES.has(e)) return e;
    if ((e === 'p' || e === 'P') && peek() === '{') i = source.indexOf('}', i) + 1;
    return unknown();
  }

  function charClass(): Set<string> {
    i++; // [
    const negated = peek() === '^';
    if (negated) {
      unknown();
      i++;
    }
    const out = new Set<string>();
    while (peek() !== ']') {
      if (peek() === '\\' && CLASS_ESCAPES[source[i + 1]!] !== undefined) {
        for (const c of CLASS_ESCAPES[source[i + 1]!]!) out.add(c);
        i += 2;
        continue;
      }
      const from = char();
      if (peek() === '-' && source[i + 1] !== ']') {
        i++;
        const to = char();
        const [a, b] = [from.charCodeAt(0), to.charCodeAt(0)];
        if (from.length !== 1 || to.length !== 1 || b < a || b - a > MAX_RANGE) unknown();
        else for (let k = a; k <= b; k++) out.add(String.fromCharCode(k));
      } else out.add(from);
    }
    i++; // ]
    return negated ? new Set() : out;
  }

  function atom(): Part {
    const c = peek();
    if (c === '(') {
      i++;
      let lookaround = false;
      if (source.startsWith('?:', i)) i += 2;
      else if (/^\?<?[=!]/.test(source.slice(i, i + 3))) {
        lookaround = true;
        i += source[i + 1] === '<' ? 3 : 2;
      } else if (source.startsWith('?<', i)) i = source.indexOf('>', i) + 1;
      else if (peek() === '?') throw new Unknown();
      if (lookaround) look++;
      const inner = alternation();
      if (lookaround) look--;
      if (peek() !== ')') throw new Unknown();
      i++;
      // A lookaround consumes nothing: what follows it starts the match.
      return lookaround ? { first: new Set(), empty: true } : inner;
    }
    if (c === '[') return { first: charClass(), empty: false };
    if (c === '^' || c === '$') {
      i++;
      return { first: new Set(), empty: true };
    }
    if (c === '.') {
      i++;
      unknown();
      return { first: new Set(), empty: false };
    }
    if (c === '\\' && CLASS_ESCAPES[source[i + 1]!] !== undefined) {
      i += 2;
      return { first: new Set(CLASS_ESCAPES[source[i - 1]!]), empty: false };
    }
    return { first: new Set([char()]), empty: false };
  }

  function quantified(): Part {
    const part = atom();
    const q = peek();
    if (q === '?' || q === '*') {
      i++;
      part.empty = true;
    } else if (q === '+') i++;
    else if (q === '{') {
      const m = /^\{(\d+)(?:,(\d*))?\}/.exec(source.slice(i));
      if (!m) throw new Unknown();
      i += m[0].length;
      if (Number(m[1]) === 0) part.empty = true;
    } else return part;
    if (peek() === '?') i++; // lazy
    return part;
  }

  function sequence(): Part {
    const first = new Set<string>();
    let empty = true;
    while (i < source.length && peek() !== '|' && peek() !== ')') {
      const part = quantified();
      if (empty) for (const c of part.first) first.add(c);
      empty &&= part.empty;
    }
    return { first, empty };
  }

  function alternation(): Part {
    const first = new Set<string>();
    let empty = false;
    for (;;) {
      const part = sequence();
      for (const c of part.first) first.add(c);
      empty ||= part.empty;
      if (peek() !== '|') return { first, empty };
      i++;
    }
  }

  try {
    const whole = alternation();
    return i === source.length && !whole.empty ? whole.first : undefined;
  } catch (e) {
    if (e instanceof Unknown) return undefined;
    throw e;
  }
}
