/**
 * Date labels in the interface language, formatted with date-fns in UTC so a day
 * date never slips to the day before in a time zone west of Greenwich.
 */
// One function and two locales by their own paths: the package's index and its locale
// index load every function and every locale, over a thousand files, and Node reads the
// package's 140 KB export map again for each (3 s of every build).
import { format } from 'date-fns/format';
import { enGB } from 'date-fns/locale/en-GB';
import { zhHK } from 'date-fns/locale/zh-HK';
import { tz } from '@date-fns/tz';
import type { Precision } from '../schema.ts';
import type { Lang } from './strings.ts';

const utc = tz('UTC');

/** A UTC Date for a YYYY, YYYY-MM or YYYY-MM-DD string (its first day). */
export function utcDate(s: string): Date {
  const [y, m = 1, d = 1] = s.split('-').map(Number);
  return new Date(Date.UTC(y!, m - 1, d));
}

const patterns: Record<Lang, { day: string; month: string; year: string; weekday: string }> = {
  'zh-hant': { day: 'yyyy年M月d日', month: 'yyyy年M月', year: 'yyyy年', weekday: 'yyyy年M月d日（EEEE）' },
  en: { day: 'd MMMM yyyy', month: 'MMMM yyyy', year: 'yyyy', weekday: 'EEEE d MMMM yyyy' },
};

/** Formats a Date (read in UTC) with one of the named patterns. */
export function formatUtc(date: Date, lang: Lang, pattern: keyof (typeof patterns)['en'] = 'day'): string {
  return format(date, patterns[lang][pattern], { locale: lang === 'en' ? enGB : zhHK, in: utc });
}

/** Formats a YYYY-MM-DD day string: 2025年1月22日 / 22 January 2025. */
export function formatDay(day: string, lang: Lang): string {
  return formatUtc(utcDate(day), lang, 'day');
}

/** Formats an event date by its precision, marking approximate dates as such. */
export function formatEventDate(date: string | null, precision: Precision, lang: Lang): string {
  if (date === null || precision === 'unknown') return lang === 'en' ? 'date unknown' : '日期不詳';
  const d = utcDate(date);
  const kind = date.length === 4 || precision === 'year' ? 'year' : date.length === 7 || precision === 'month' ? 'month' : 'day';
  const text = formatUtc(d, lang, kind);
  if (precision !== 'approximate') return text;
  return lang === 'en' ? `about ${text}` : `約${text}`;
}

/** Short month names for axis labels, from the date-fns locale (index 0 = January). */
export function monthNames(lang: Lang): string[] {
  const locale = lang === 'en' ? enGB : zhHK;
  return Array.from({ length: 12 }, (_, i) => format(new Date(Date.UTC(2001, i, 1)), lang === 'en' ? 'LLL' : 'M月', { locale, in: utc }));
}
