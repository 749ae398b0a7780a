/** The timeline's Chinese render context as unit tests use it (labels as the site prints them). */
import type { RenderContext } from '../../src/lib/timeline/render.ts';

export const zhRenderContext: RenderContext = {
  lang: 'zh-hant',
  months: Array.from({ length: 12 }, (_, i) => `${i + 1}月`),
  types: { call: '通話', meeting: '會晤', 'ministry-response': '部委回應', other: '其他' },
  cluster: '{n} 件事件，{range}',
  count: '{n} 件事件',
  quiet: '{n} 天',
  quietMonths: '{n} 個月',
  articles: '/articles/',
  years: '/years/',
  unverified: '待核',
  unverifiedLabel: '機器擷取，未經核實',
};
