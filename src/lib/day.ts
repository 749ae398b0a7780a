/**
 * Calendar days written as YYYY-MM-DD, checked without the schema library, so the ingest
 * command's main thread can read its options without loading it.
 */

/** True when `s` (YYYY-MM-DD) names a day that exists. */
export function isRealDay(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}
