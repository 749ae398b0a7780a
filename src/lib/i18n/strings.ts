/**
 * Interface strings in Traditional Chinese (default) and English, and the helpers
 * that turn a language into URL prefixes and `lang` attributes.
 */
import type { EventType, Precision } from '../schema.ts';

/** The interface languages: Astro's locale codes. */
export const langs = ['zh-hant', 'en'] as const;
export type Lang = (typeof langs)[number];

/** The value of the html `lang` attribute for a language. */
export function htmlLang(lang: Lang): string {
  return lang === 'en' ? 'en' : 'zh-Hant';
}

/** The URL prefix of a language: '' for the default, '/en' for English. */
export function langPrefix(lang: Lang): string {
  return lang === 'en' ? '/en' : '';
}

/** Prefixes a site path (starting with '/') with the base path and the language. */
export function localePath(lang: Lang, path: string, base = '/'): string {
  const b = base.endsWith('/') ? base.slice(0, -1) : base;
  return b + langPrefix(lang) + path;
}

const zh = {
  siteName: '外交事件時間線',
  siteDescription: '從中文報章整理的外交事件：通話、會晤和外交部回應，每一件都連到原文段落。',
  navTimeline: '時間線',
  navArticles: '文章',
  navSearch: '搜尋',
  navLabel: '主選單',
  switchTo: 'English',
  switchLabel: '切換到英文版',
  skipToContent: '跳到主要內容',
  timelineHeading: '外交事件時間線',
  timelineIntro: '時間由上而下。捲動瀏覽，按「放大」「縮小」或按住 Ctrl 捲動以縮放。',
  zoomIn: '放大',
  zoomOut: '縮小',
  fitAll: '顯示全部',
  latest: '跳到最新',
  controls: '時間線控制',
  filters: '篩選',
  filterType: '類型',
  filterActor: '人物或機構',
  filterPair: '國家組合',
  filterText: '文字',
  filterAny: '全部',
  filterApply: '套用',
  filterClear: '清除篩選',
  legend: '圖例',
  eventsCount: '{n} 件事件',
  shownCount: '顯示 {n} / {total} 件事件',
  clusterLabel: '{n} 件事件，{range}：放大查看',
  quiet: '{n} 天沒有事件',
  quietMonths: '約 {n} 個月沒有事件',
  monthSpan: '月內',
  yearSpan: '年內',
  approx: '約',
  undatedHeading: '日期不詳的事件',
  undatedNote: '以下事件在原文中沒有可確定的日期，因此不在時間軸上。',
  listHeading: '事件列表',
  listByYear: '按年份瀏覽',
  yearHeading: '{year} 年的事件',
  yearsNav: '年份',
  detailClose: '關閉',
  detailActors: '參與者',
  detailSources: '來源',
  detailSummary: '摘要',
  detailLoading: '載入中…',
  detailOpenPage: '在時間線上查看',
  eventsInPassage: '此段提到的事件',
  backToTimeline: '在時間線上查看',
  articlesHeading: '文章',
  articlesIntro: '已整理的報章版面，按出版日期排列。',
  published: '出版日期',
  outlet: '報章',
  story: '報道',
  noEvents: '沒有符合篩選的事件。',
  noHeadline: '（無標題）',
  passageKind: { caption: '圖片說明', byline: '署名', credit: '來源', 'source-note': '資料來源' } as Record<string, string>,
  notFoundTitle: '找不到頁面',
};

/** The shape every language's strings take. */
export type Strings = typeof zh;

const en: Strings = {
  siteName: 'Diplomatic Events Timeline',
  siteDescription: 'Diplomatic events from Chinese-language newspapers: calls, meetings and ministry responses, each linked to its source passage.',
  navTimeline: 'Timeline',
  navArticles: 'Articles',
  navSearch: 'Search',
  navLabel: 'Main',
  switchTo: '中文',
  switchLabel: 'Switch to Chinese',
  skipToContent: 'Skip to content',
  timelineHeading: 'Timeline of diplomatic events',
  timelineIntro: 'Time runs down the page. Scroll to move through it; use Zoom in, Zoom out, or Ctrl + scroll to zoom.',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  fitAll: 'Fit all',
  latest: 'Latest',
  controls: 'Timeline controls',
  filters: 'Filters',
  filterType: 'Type',
  filterActor: 'Person or body',
  filterPair: 'Countries',
  filterText: 'Text',
  filterAny: 'All',
  filterApply: 'Apply',
  filterClear: 'Clear filters',
  legend: 'Legend',
  eventsCount: '{n} events',
  shownCount: 'Showing {n} of {total} events',
  clusterLabel: '{n} events, {range}: zoom in',
  quiet: '{n} days without events',
  quietMonths: 'about {n} months without events',
  monthSpan: 'during',
  yearSpan: 'during',
  approx: 'about',
  undatedHeading: 'Events without a date',
  undatedNote: 'The source gives no date that can be placed, so these events are not on the axis.',
  listHeading: 'List of events',
  listByYear: 'Browse by year',
  yearHeading: 'Events of {year}',
  yearsNav: 'Years',
  detailClose: 'Close',
  detailActors: 'Participants',
  detailSources: 'Sources',
  detailSummary: 'Summary',
  detailLoading: 'Loading…',
  detailOpenPage: 'Show on the timeline',
  eventsInPassage: 'Events in this passage',
  backToTimeline: 'Show on the timeline',
  articlesHeading: 'Articles',
  articlesIntro: 'The newspaper pages converted so far, newest first.',
  published: 'Published',
  outlet: 'Outlet',
  story: 'Story',
  noEvents: 'No events match the filters.',
  noHeadline: '(no headline)',
  passageKind: { caption: 'Caption', byline: 'Byline', credit: 'Credit', 'source-note': 'Source' },
  notFoundTitle: 'Page not found',
};

/** The interface strings of a language. */
export function strings(lang: Lang): Strings {
  return lang === 'en' ? en : zh;
}

/** Fills `{name}` placeholders in a string. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m));
}

/** Names of event types in each language. */
export const typeNames: Record<Lang, Record<EventType, string>> = {
  'zh-hant': { call: '通話', meeting: '會晤', 'ministry-response': '部委回應', other: '其他' },
  en: { call: 'Call', meeting: 'Meeting', 'ministry-response': 'Ministry response', other: 'Other' },
};

/** Names of date precisions (shown beside uncertain dates). */
export const precisionNames: Record<Lang, Record<Precision, string>> = {
  'zh-hant': { day: '日', month: '月份', year: '年份', approximate: '大約', unknown: '不詳' },
  en: { day: 'day', month: 'month', year: 'year', approximate: 'approximate', unknown: 'unknown' },
};
