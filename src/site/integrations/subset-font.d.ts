declare module 'subset-font' {
  /** Cuts a font down to the glyphs of `text` (harfbuzz), in the format asked for. */
  export default function subsetFont(
    font: Buffer,
    text: string,
    options?: { targetFormat?: 'sfnt' | 'woff' | 'woff2'; preserveNameIds?: number[] },
  ): Promise<Buffer>;
}
