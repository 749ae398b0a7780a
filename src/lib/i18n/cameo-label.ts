/**
 * A CAMEO code's label in the interface language: the codebook's English label on
 * English pages, its Chinese name from cameo-labels.json on Chinese ones.
 */
import type { CameoCode } from '../export/cameo.ts';
import labels from './cameo-labels.json' with { type: 'json' };
import type { Lang } from './strings.ts';

const zh: Record<string, string | undefined> = labels['zh-hant'];

/** The label of `cameo` to show on a page in `lang` (the codebook label where no name is given). */
export function cameoLabel(cameo: CameoCode, lang: Lang): string {
  return lang === 'en' ? cameo.label : (zh[cameo.label] ?? cameo.label);
}
