/**
 * The pages served in both languages: one route file per page type under
 * src/pages/[...lang]/, whose optional `lang` param is absent for Traditional Chinese
 * (the site's root) and 'en' for English (under /en/).
 */
import { langPrefix, langs, type Lang } from '../lib/i18n/strings.ts';

/** The `[...lang]` param of a language: undefined for the default, 'en' for English. */
export function langParam(lang: Lang): string | undefined {
  return langPrefix(lang).slice(1) || undefined;
}

/**
 * The paths of a page with no params of its own: one per language, its language as a prop.
 * `cacheKey` (see cache-keys.ts) lets an incremental build restore the page unchanged.
 */
export function langPaths(cacheKey?: string): { params: { lang: string | undefined }; props: { lang: Lang }; cacheKey?: string }[] {
  return langs.map((lang) => ({ params: { lang: langParam(lang) }, props: { lang }, ...(cacheKey === undefined ? {} : { cacheKey }) }));
}

/** The paths of a page with params of its own: each of `paths` in every language, with its `cacheKey` if it has one. */
export function inEveryLang<P extends Record<string, string>, T extends object>(
  paths: readonly { params: P; props: T; cacheKey?: string }[],
) {
  return langPaths().flatMap((l) =>
    paths.map(({ params, props, cacheKey }) => ({
      params: { ...params, ...l.params },
      props: { ...props, ...l.props },
      ...(cacheKey === undefined ? {} : { cacheKey }),
    })),
  );
}
