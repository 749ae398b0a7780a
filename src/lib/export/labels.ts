/** Display labels for event types and precisions, in Traditional Chinese and English. */
import type { EventType } from '../schema.ts';

const TYPE_LABELS: Record<EventType, { zh: string; en: string }> = {
  call: { zh: '通話', en: 'Call' },
  meeting: { zh: '會晤', en: 'Meeting' },
  'ministry-response': { zh: '部委回應', en: 'Ministry response' },
  other: { zh: '其他', en: 'Other' },
};

/** The label of an event type. */
export function typeLabel(type: EventType, lang: 'zh' | 'en' = 'zh'): string {
  return TYPE_LABELS[type][lang];
}

/** A partial date ("2025-01-21", "2025-01", "2025" or null) written out for readers. */
export function formatPartialDate(date: string | null, lang: 'zh' | 'en' = 'zh'): string {
  if (!date) return lang === 'zh' ? '日期不詳' : 'Undated';
  const [y, m, d] = date.split('-').map(Number);
  if (lang === 'zh') return `${y}年` + (m ? `${m}月` : '') + (d ? `${d}日` : '');
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  return [d, m ? months[m - 1] : undefined, y].filter((x) => x !== undefined).join(' ');
}
