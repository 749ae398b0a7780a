/** Ingest section (placeholder until the ingest library lands). */
export async function benchIngest(_root: string, _sizes: readonly number[]): Promise<void> {
  throw new Error('src/lib/ingest/page.ts is not there yet');
}
