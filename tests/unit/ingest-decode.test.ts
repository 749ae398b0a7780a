import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { decodeText, DecodeError } from '../../src/lib/ingest/decode.ts';
import { parsePage } from '../../src/lib/ingest/page.ts';

const bytes = (path: string): Uint8Array => new Uint8Array(readFileSync(new URL(`../../${path}`, import.meta.url)));
const encoded = (name: string): Uint8Array => bytes(`tests/fixtures/ingest/encodings/${name}`);
const utf8 = (path: string): string => new TextDecoder().decode(bytes(path));

test('the same page saved as Big5, GB18030, UTF-16 and UTF-8 with BOM gives the same passages', () => {
  const reference = parsePage(utf8('content/sources/000_2c4a7ebf26e83634.txt')).passages;
  const expected: Record<string, string> = {
    'sample-000.big5': 'big5',
    'sample-000.gb18030': 'gb18030',
    'sample-000.utf16le-bom': 'utf-16le',
    'sample-000.utf16be': 'utf-16be',
    'sample-000.utf8-bom': 'utf-8-bom',
  };
  for (const [file, encoding] of Object.entries(expected)) {
    const decoded = decodeText(encoded(file));
    assert.equal(decoded.encoding, encoding, file);
    assert.deepEqual(parsePage(decoded.text).passages, reference, file);
  }
});

test('short pages in Big5 and GB18030 are told apart by the characters they yield', () => {
  const big5 = decodeText(encoded('cna-taiwan.big5'));
  assert.equal(big5.encoding, 'big5');
  assert.equal(big5.text, utf8('tests/fixtures/ingest/cna-taiwan.txt'));
  const gb = decodeText(encoded('wire-simplified.gb18030'));
  assert.equal(gb.encoding, 'gb18030');
  assert.equal(gb.text, utf8('tests/fixtures/ingest/wire-simplified.txt'));
});

test('plain UTF-8 is read as UTF-8 and a BOM is dropped', () => {
  const text = '外交部發言人林劍4日表示。\n';
  assert.deepEqual(decodeText(new TextEncoder().encode(text)), { text, encoding: 'utf-8' });
  const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
  assert.deepEqual(decodeText(withBom), { text, encoding: 'utf-8-bom' });
});

test('UTF-16 without a BOM is recognised by its NUL bytes', () => {
  const text = '2月4日，王毅同法國外長通電話。\n';
  const le = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    le[2 * i] = text.charCodeAt(i) & 0xff;
    le[2 * i + 1] = text.charCodeAt(i) >> 8;
  }
  assert.deepEqual(decodeText(le), { text, encoding: 'utf-16le' });
});

const reasonOf = (input: Uint8Array): string => {
  try {
    decodeText(input);
  } catch (err) {
    assert.ok(err instanceof DecodeError);
    assert.doesNotMatch(err.message, /\n/, 'one line');
    return err.reason;
  }
  return 'decoded';
};

test('an empty file or one of white space only is refused as empty', () => {
  assert.equal(reasonOf(new Uint8Array()), 'empty');
  assert.equal(reasonOf(new TextEncoder().encode(' \n\t\n')), 'empty');
});

test('binary files are refused as binary', () => {
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]);
  assert.equal(reasonOf(png), 'binary');
  const controls = new TextEncoder().encode('abc\u0001\u0002\u0003def\u0004\u0005ghi');
  assert.equal(reasonOf(controls), 'binary');
});

test('bytes that are no supported encoding are refused as undecodable', () => {
  // Latin-1 bytes: not UTF-8, and as Big5 or GB18030 they are invalid or gibberish.
  const latin1 = new Uint8Array([...'Caf'].map((c) => c.charCodeAt(0)).concat([0xe9, 0x20, 0xff, 0xfe, 0x80, 0x20, 0xe9, 0xe8]));
  assert.equal(reasonOf(latin1), 'undecodable');
});

test('page text copied with its markup is read as text: block tags break lines, inline tags go, entities are read', () => {
  const page = [
    '外交部發言人答問',
    '',
    '<div style="font-size: 13px;"><p style="line-height: 25px;">外交部發言人林劍5日在例行記者會上表示，',
    '中方堅決反對。</p><p>他說&nbsp;：&ldquo;我們<span class="x">已提出</span>嚴正交涉。&rdquo;</p><br /><img src="a.jpg" alt="" /></div>',
    '',
  ].join('\n');
  const { text } = decodeText(new TextEncoder().encode(page));
  assert.doesNotMatch(text, /<|&[a-z]+;/u);
  const passages = parsePage(text).passages.map((p) => p.text);
  assert.ok(passages.includes('外交部發言人林劍5日在例行記者會上表示，中方堅決反對。'), passages.join(' | '));
  assert.ok(passages.includes('他說：“我們已提出嚴正交涉。”'), passages.join(' | '));
});

test('a whole HTML document is still refused, with what to do', () => {
  const doc = '<!DOCTYPE html><html><body><p>外交部發言人林劍5日在例行記者會上表示，中方堅決反對。</p></body></html>';
  assert.equal(reasonOf(new TextEncoder().encode(doc)), 'html');
});

test('text that only quotes markup (no paragraphs in tags) keeps it as written, to be shown as text', () => {
  const page =
    '王毅同布林肯通電話<script>window.x=1</script>\n\n3月5日晚，王毅同布林肯通電話。<img src=x onerror="alert(1)">雙方交換意見。\n';
  const { text } = decodeText(new TextEncoder().encode(page));
  assert.equal(text, page);
});
