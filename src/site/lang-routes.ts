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

/** The paths of a page with no params of its own: one per language, its language as a prop. */
export function langPaths(): { params: { lang: string | undefined }; props: { lang: Lang } }[] {
  return langs.map((lang) => ({ params: { lang: langParam(lang) }, props: { lang } }));
}

/** The paths of a page with params of its own: each of `paths` in every language. */
export function inEveryLang<P extends Record<string, string>, T extends object>(paths: readonly { params: P; props: T }[]) {
  return langPaths().flatMap((l) =>
    paths.map(({ params, props }) => ({ params: { ...params, ...l.params }, props: { ...props, ...l.props } })),
  );
}
