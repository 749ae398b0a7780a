/**
 * Small, pure, deterministic string hashing for ids (no `node:crypto` in src/lib).
 * Two independent 32-bit lanes (FNV-1a and a Murmur3-style mix) give 64 bits.
 */

/** 64-bit hash of `text` as 16 lower-case hex digits. */
export function hash64(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x9747b28c;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    let k = Math.imul(c, 0xcc9e2d51);
    k = (k << 15) | (k >>> 17);
    b ^= Math.imul(k, 0x1b873593);
    b = (b << 13) | (b >>> 19);
    b = (Math.imul(b, 5) + 0xe6546b64) | 0;
  }
  b ^= text.length;
  b = Math.imul(b ^ (b >>> 16), 0x85ebca6b);
  b = Math.imul(b ^ (b >>> 13), 0xc2b2ae35);
  b ^= b >>> 16;
  a ^= a >>> 15;
  a = Math.imul(a, 0x2c1b3c6d);
  a ^= a >>> 12;
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

/** A short id from `text`: `prefix` + the first `length` hex digits of its hash. */
export function shortId(prefix: string, text: string, length = 8): string {
  return prefix + hash64(text).slice(0, length);
}
