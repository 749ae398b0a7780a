/**
 * Writes src/lib/ingest/hkscs-pua.json: the Big5-HKSCS characters that the runtime's Big5 decoder
 * returns as private-use code points, with the Unicode characters they stand for.
 * Run from the repository root (needs python3 for its big5hkscs codec):
 *   node src/cli/make-hkscs-map.ts
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';

const python = `
import json
out = []
for lead in range(0x87, 0xff):
    for trail in list(range(0x40, 0x7f)) + list(range(0xa1, 0xff)):
        b = bytes([lead, trail])
        try:
            out.append([b.hex(), b.decode('big5hkscs')])
        except UnicodeDecodeError:
            pass
print(json.dumps(out, ensure_ascii=False))
`;
const pairs = JSON.parse(execFileSync('python3', ['-c', python], { encoding: 'utf8' })) as [string, string][];
const decoder = new TextDecoder('big5');
let from = '';
const to: string[] = [];
for (const [hex, unicode] of pairs) {
  const got = decoder.decode(new Uint8Array([parseInt(hex.slice(0, 2), 16), parseInt(hex.slice(2), 16)]));
  const cp = got.codePointAt(0)!;
  if (got !== unicode && cp >= 0xe000 && cp <= 0xf8ff && !from.includes(got)) {
    from += got;
    to.push(unicode);
  }
}
writeFileSync(new URL('../lib/ingest/hkscs-pua.json', import.meta.url), JSON.stringify({ from, to }) + '\n');
console.log(`${to.length} private-use characters mapped`);
