/**
 * Draws social cards as PNG at build time: satori lays the card out with a CJK font from
 * the npm registry (Noto Sans TC, TTF), resvg rasterises it. Cards are cached by content
 * hash under Astro's cache folder (OG_CACHE_DIR, set by the search-and-cards integration),
 * so a rebuild only draws the cards whose text changed; a cold build draws every card.
 */
import { createRequire } from 'node:module';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';
import { CARD_HEIGHT, CARD_WIDTH, cardTree, type CardSpec } from '../lib/og/card.ts';
import { cardId } from '../lib/og/specs.ts';

const require = createRequire(import.meta.url);
const FAMILY = 'Noto Sans TC';

let font: Buffer | undefined;
function loadFont(): Buffer {
  font ??= readFileSync(require.resolve('@expo-google-fonts/noto-sans-tc/700Bold/NotoSansTC_700Bold.ttf'));
  return font;
}

/** The PNG bytes of the card for `spec`, from the cache when it was drawn before. */
export async function renderCard(spec: CardSpec): Promise<Uint8Array> {
  const dir = process.env.OG_CACHE_DIR;
  const file = dir ? join(dir, `${cardId(spec)}.png`) : undefined;
  if (file && existsSync(file)) return readFileSync(file);
  const svg = await satori(cardTree(spec, FAMILY) as never, {
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    fonts: [{ name: FAMILY, data: loadFont(), weight: 700, style: 'normal' }],
  });
  // System fonts are not needed (satori turns text into paths) and loading them costs ~20 ms a card.
  const png = new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render().asPng();
  if (file && dir) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(file, png);
  }
  return png;
}

/** A build-time response holding a PNG. */
export function pngResponse(png: Uint8Array): Response {
  return new Response(png as unknown as BodyInit, { headers: { 'Content-Type': 'image/png' } });
}
