/**
 * Interface strings in Traditional Chinese (default) and English, and the helpers
 * that turn a language into URL prefixes and `lang` attributes.
 */
import type { DoubtCode, EventType, Precision } from '../schema.ts';

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
  timelineIntro: '時間由上而下。捲動或拖曳瀏覽，按「放大」「縮小」、按住 Ctrl 捲動或雙指縮放。',
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
  overview: '全部年份概覽',
  lanes: '分欄',
  lanesNone: '不分欄',
  lanesActor: '按人物或機構',
  lanesPair: '按國家組合',
  lanesOther: '其他',
  prevEvent: '上一件',
  nextEvent: '下一件',
  keysLegend: '鍵盤：j 或 → 下一件事件，k 或 ← 上一件，+ / - 縮放，Esc 關閉；拖曳或捲動移動時間線，Ctrl + 捲動或雙指縮放。',
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
  notFoundText: '這個網址沒有頁面：它可能打錯了，或者頁面已經移走。可以搜尋事件和文章，或者回到時間線。',
  notFoundSearch: '搜尋事件和文章',
  notFoundGo: '搜尋',
  notFoundTimeline: '回到時間線',
  footerLabel: '資料下載',
  footerDownload: '下載全部事件：',
  footerIcs: '日曆（ICS）',
  footerFeed: 'Atom 訂閱',
  feedTitle: '外交事件時間線：最新事件（Atom）',
  unverified: '待核',
  unverifiedLabel: '機器擷取，未經核實',
  unverifiedLegend: '斜線標記加「待核」：機器擷取、可信度偏低，編輯尚未核實',
  unverifiedNote: '此事件由程式從原文擷取，可信度偏低，尚未經編輯核實。下列各點說明可能出錯的地方。',
  confidence: '可信度',
  reviewTitle: '待核事件',
  reviewIntro:
    '以下是尚未核實的事件，可信度最低的排在最前。逐件對照引文和原文段落：在 content/articles/<slug>.md 的 frontmatter 中找到該事件（按事件 id），改正錯誤的欄位或刪去不成立的事件，核實後加上 reviewed: true，再執行 npm run build。已核實的事件不再列出，也不再標為「待核」。',
  reviewCount: '{n} 件事件待核',
  reviewMarked: '，其中 {n} 件可信度偏低，在網站上標為「待核」',
  reviewFile: '要修改的檔案',
  reviewId: '事件 id',
  reviewPassage: '原文段落',
  reviewEventPage: '事件頁',
  reviewNone: '沒有待核的事件。',
};

/** The shape every language's strings take. */
export type Strings = typeof zh;

const en: Strings = {
  siteName: 'Diplomatic Events Timeline',
  siteDescription:
    'Diplomatic events from Chinese-language newspapers: calls, meetings and ministry responses, each linked to its source passage.',
  navTimeline: 'Timeline',
  navArticles: 'Articles',
  navSearch: 'Search',
  navLabel: 'Main',
  switchTo: '中文',
  switchLabel: 'Switch to Chinese',
  skipToContent: 'Skip to content',
  timelineHeading: 'Timeline of diplomatic events',
  timelineIntro: 'Time runs down the page. Scroll or drag to move through it; use Zoom in, Zoom out, Ctrl + scroll or a pinch to zoom.',
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
  overview: 'Overview of all years',
  lanes: 'Lanes',
  lanesNone: 'None',
  lanesActor: 'By person or body',
  lanesPair: 'By countries',
  lanesOther: 'Others',
  prevEvent: 'Previous',
  nextEvent: 'Next',
  keysLegend:
    'Keys: j or → next event, k or ← previous, + / - zoom, Esc closes; drag or scroll to move through time, Ctrl + scroll or pinch to zoom.',
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
  notFoundText:
    'There is no page at this address: it may be mistyped, or the page has moved. Search the events and articles, or go back to the timeline.',
  notFoundSearch: 'Search events and articles',
  notFoundGo: 'Search',
  notFoundTimeline: 'Back to the timeline',
  footerLabel: 'Downloads',
  footerDownload: 'Download every event:',
  footerIcs: 'Calendar (ICS)',
  footerFeed: 'Atom feed',
  feedTitle: 'Diplomatic Events Timeline: newest events (Atom)',
  unverified: 'Unverified',
  unverifiedLabel: 'machine-extracted, not confirmed',
  unverifiedLegend: 'Hatched mark with “Unverified”: machine-extracted with low confidence, not yet confirmed by an editor',
  unverifiedNote:
    'This event was extracted by machine with low confidence and no editor has confirmed it yet. The points below say what may be wrong.',
  confidence: 'Confidence',
  reviewTitle: 'Events to review',
  reviewIntro:
    'These events have not been reviewed, lowest confidence first. Check each against its quoted passage: find the event by its id in the frontmatter of content/articles/<slug>.md, correct wrong fields or delete an event that does not hold, add reviewed: true once it is right, then run npm run build. Reviewed events leave this list and lose the Unverified mark.',
  reviewCount: '{n} events to review',
  reviewMarked: '; {n} of them have low confidence and are marked Unverified on the site',
  reviewFile: 'File to edit',
  reviewId: 'Event id',
  reviewPassage: 'Source passage',
  reviewEventPage: 'Event page',
  reviewNone: 'No events are waiting for review.',
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

/** What the review page and an unverified event's page call each reason for doubt ('low-confidence': none given). */
export const doubtNames: Record<Lang, Record<DoubtCode | 'low-confidence', string>> = {
  'zh-hant': {
    'date-inferred': '日期由上下文推定',
    'date-coarse': '日期不精確',
    'date-missing': '沒有日期',
    'actor-unknown': '人物不在資料中',
    'one-side': '只認出一方',
    'topic-unknown': '議題不明',
    'in-speech': '出自引述',
    'headline-only': '只見於標題',
    'low-confidence': '可信度偏低',
  },
  en: {
    'date-inferred': 'Day inferred',
    'date-coarse': 'Coarse date',
    'date-missing': 'No date',
    'actor-unknown': 'Person not in the data',
    'one-side': 'One side only',
    'topic-unknown': 'Unknown topic',
    'in-speech': 'In quoted speech',
    'headline-only': 'Headline only',
    'low-confidence': 'Low confidence',
  },
};

/** For each reason for doubt, what an editor checks and changes to make the event right. */
export const doubtHints: Record<Lang, Record<DoubtCode | 'low-confidence', string>> = {
  'zh-hant': {
    'date-inferred':
      '日子不是和事件寫在一起，而是取自報道的電頭或前文的句子。請對照原文段落確認是哪一天，改正 date 和 precision，再加上 reviewed: true。',
    'date-coarse':
      '原文只給出月份、年份或大約時間（如「近日」）。如果段落或同版其他報道寫明了日子，把 date 改為 "YYYY-MM-DD"、precision 改為 day；否則保留現有的日期和精度，再加上 reviewed: true。',
    'date-missing':
      '找不到可確定的日期，所以此事件不在時間軸上。請從原文和出版日期推定日期，填上 date（加引號）和 precision；確實無法確定的，保留 date: null 和 precision: unknown，再加上 reviewed: true。',
    'actor-unknown':
      '有參與者的名字是從職銜後面的字讀出來的，不在人物資料中。請核對名字寫法，改正 actors 和 participants，並把此人（連同英文名和國家）加進 src/lib/data/people.json，再加上 reviewed: true。',
    'one-side':
      '這次通話或會晤只認出一方。請在原文中找出另一方，加進 actors 和 participants；原文確實沒有寫明的，在 summary 中註明，再加上 reviewed: true。',
    'topic-unknown':
      '這則回應的議題不在已知議題之中。請讀原文中的提問，把 topic 改為簡短的議題名稱（如「加徵關稅」），按需要改正 title，再加上 reviewed: true。',
    'in-speech':
      '這句話出自引述或轉述的言論，可能只是有人提到的計劃、回顧或假設，而不是報道的事件。請確認事件確實在該日發生：不成立的刪去此事件，成立的加上 reviewed: true。',
    'headline-only':
      '只有標題或圖片說明提到此事件。請在正文中找出報道它的段落，把段落 id 加進 passages 並據此核對日期和參與者；正文沒有的，確認標題本身足以支持，再加上 reviewed: true。',
    'low-confidence':
      '程式沒有記下具體疑點，但可信度偏低。請對照原文段落核對類型、日期、參與者和標題，改正錯誤或刪去不成立的事件，再加上 reviewed: true。',
  },
  en: {
    'date-inferred':
      "The day was taken from the story's dateline or an earlier sentence, not from the words stating the event. Check the passage for the day, correct date and precision, then add reviewed: true.",
    'date-coarse':
      'The text gives only a month, a year or an approximate time (近日). If the passage or another story on the page names the day, set date to "YYYY-MM-DD" and precision to day; otherwise keep the date and precision as they are, then add reviewed: true.',
    'date-missing':
      'No date could be resolved, so the event is not on the timeline. Work the date out from the passage and the publication date and fill in date (quoted) and precision; if it cannot be known, keep date: null and precision: unknown, then add reviewed: true.',
    'actor-unknown':
      "A participant's name was read from the words after a title and is not in the people data. Check the spelling, correct actors and participants, and add the person (with English name and country) to src/lib/data/people.json, then add reviewed: true.",
    'one-side':
      'Only one side of this call or meeting was recognised. Find the other side in the passage and add it to actors and participants; if the text really does not name it, say so in summary, then add reviewed: true.',
    'topic-unknown':
      'The topic of this response matched none of the known topics. Read the question in the passage, set topic to a short name for it (such as 加徵關稅), correct title to match, then add reviewed: true.',
    'in-speech':
      'The words stand inside quoted or reported speech: they may be a plan, a memory or a hypothetical someone mentioned, not an event the paper reports. Check that it happened on that day: delete the event if it did not, otherwise add reviewed: true.',
    'headline-only':
      'Only a headline or a caption states this event. Find the body paragraph that reports it, add its passage id to passages and check date and actors against it; if the body has none, make sure the headline alone supports it, then add reviewed: true.',
    'low-confidence':
      'The extractor noted no particular doubt, but its confidence is low. Check type, date, actors and title against the passage, correct what is wrong or delete the event if it does not hold, then add reviewed: true.',
  },
};
