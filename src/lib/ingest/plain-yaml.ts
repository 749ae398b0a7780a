/**
 * A fast writer for the frontmatter's usual shape: plain objects and arrays of strings,
 * numbers, booleans and null, written exactly as the yaml package writes them with every
 * string double-quoted, plain keys and no line folding. Anything else (a string that needs
 * an escape, a key that would need quotes, an object used twice, an empty array inside an
 * array …) gives undefined, and the caller asks the yaml package.
 */

class Unusual extends Error {}

// Keys the yaml package writes as they are: names that read as no other value.
const PLAIN_KEY = /^[A-Za-z_][A-Za-z0-9_]*$/;
const RESERVED_KEY = /^(?:null|true|false)$/i;

const isPlainObject = (v: object): v is Record<string, unknown> => {
  const proto = Object.getPrototypeOf(v) as unknown;
  return proto === Object.prototype || proto === null;
};

function scalar(v: unknown): string {
  if (typeof v === 'string') {
    const json = JSON.stringify(v);
    // An escape (a quote, a backslash, a line break, a control character) is written the yaml package's way.
    if (json.includes('\\')) throw new Unusual();
    return json;
  }
  if (typeof v === 'number') {
    if (!Number.isFinite(v) || Object.is(v, -0)) throw new Unusual();
    return JSON.stringify(v);
  }
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (v === null) return 'null';
  throw new Unusual();
}

/** `data` as the yaml package's stringify writes it with the frontmatter's options, or undefined when unsure. */
export function plainYaml(data: Record<string, unknown>): string | undefined {
  const seen = new Set<object>();
  const lines: string[] = [];

  const enter = (v: object) => {
    if (seen.has(v)) throw new Unusual();
    seen.add(v);
  };

  // The pairs of a map, the first one after `lead` on the current line when given.
  function map(obj: Record<string, unknown>, indent: string, lead?: string): void {
    enter(obj);
    let first = lead !== undefined;
    for (const key of Object.keys(obj)) {
      const v = obj[key];
      if (v === undefined) continue;
      if (!PLAIN_KEY.test(key) || RESERVED_KEY.test(key)) throw new Unusual();
      const at = first ? lead! : indent;
      first = false;
      if (v !== null && typeof v === 'object') {
        if (Array.isArray(v)) {
          if (v.length === 0) lines.push(`${at}${key}: []`);
          else {
            lines.push(`${at}${key}:`);
            seq(v, `${indent}  `);
          }
        } else if (isPlainObject(v)) {
          if (Object.keys(v).length === 0) lines.push(`${at}${key}: {}`);
          else if (Object.values(v).every((x) => x === undefined)) throw new Unusual();
          else {
            lines.push(`${at}${key}:`);
            map(v, `${indent}  `);
          }
        } else throw new Unusual();
      } else lines.push(`${at}${key}: ${scalar(v)}`);
    }
    if (first) throw new Unusual();
  }

  function seq(list: readonly unknown[], indent: string): void {
    enter(list);
    for (const item of list) {
      if (item !== null && typeof item === 'object') {
        if (Array.isArray(item) || !isPlainObject(item) || !Object.values(item).some((x) => x !== undefined)) throw new Unusual();
        map(item, `${indent}  `, `${indent}- `);
      } else lines.push(`${indent}- ${scalar(item)}`);
    }
  }

  try {
    if (!isPlainObject(data) || !Object.values(data).some((x) => x !== undefined)) return undefined;
    map(data, '');
    return `${lines.join('\n')}\n`;
  } catch (e) {
    if (e instanceof Unusual) return undefined;
    throw e;
  }
}
