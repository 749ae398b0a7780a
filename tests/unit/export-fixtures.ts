/** Small hand-written site data for the export and search unit tests. */
import type { SiteArticle, SiteEvent } from '../../src/lib/archive/collect.ts';
import { collectEvents } from '../../src/lib/archive/collect.ts';

const xi = { name: '習近平', id: 'xi-jinping', kind: 'person' as const, title: '國家主席', country: 'CN', en: 'Xi Jinping' };
const putin = { name: '普京', id: 'vladimir-putin', kind: 'person' as const, title: '總統', country: 'RU', en: 'Vladimir Putin' };

/** A wire-copy article in Traditional script with one meeting, one undated call and a month-only event. */
export const sampleArticle: SiteArticle = {
  slug: 'wire-2025-01-22',
  passages: [
    { id: 'p-0000a000', kind: 'headline', story: 's-0000a000', text: '兩國元首視頻會晤 同意深化戰略協作' },
    {
      id: 'p-0000a001',
      kind: 'paragraph',
      story: 's-0000a000',
      text: '國家主席習近平21日下午在北京同俄羅斯總統普京舉行視頻會晤，雙方就雙邊關係交換意見。',
    },
    { id: 'p-0000a002', kind: 'paragraph', story: 's-0000a000', text: '據悉，中方去年12月曾就相關議題同俄方磋商，普通民眾對此關注。' },
  ],
  data: {
    title: '兩國元首視頻會晤',
    outlet: '星島日報',
    published: '2025-01-22',
    language: 'zh-Hant',
    source: { file: 'wire.txt', sha256: 'b'.repeat(64) },
    stories: [{ id: 's-0000a000', headline: '兩國元首視頻會晤 同意深化戰略協作' }],
    generated: '0'.repeat(16),
    events: [
      {
        id: 'video-2025-01-21-xi-putin',
        type: 'meeting',
        mode: 'video',
        date: '2025-01-21',
        precision: 'day',
        partOfDay: 'afternoon',
        actors: ['習近平', '普京'],
        participants: [xi, putin],
        location: '北京',
        title: '習近平同普京舉行視頻會晤',
        titleEn: 'Xi Jinping holds a video meeting with Vladimir Putin',
        summary: '雙方就雙邊關係交換意見，包括"合作"與「協作」; 逗號, 分號。',
        passages: ['p-0000a001'],
        confidence: 0.9,
      },
      {
        id: 'consult-2024-12',
        type: 'other',
        date: '2024-12',
        precision: 'month',
        actors: [],
        participants: [],
        title: '中俄就相關議題磋商',
        summary: '',
        passages: ['p-0000a002'],
        confidence: 0.5,
      },
      {
        id: 'call-undated',
        type: 'call',
        date: null,
        precision: 'unknown',
        actors: ['習近平'],
        participants: [xi],
        title: '習近平通電話',
        summary: '',
        passages: ['p-0000a002'],
        confidence: 0.4,
      },
    ],
  },
};

/** The merged events of the sample article. */
export const sampleEvents: SiteEvent[] = collectEvents([sampleArticle]);

/** The Xi–Putin video meeting. */
export const sampleEvent: SiteEvent = sampleEvents.find((e) => e.id === 'video-2025-01-21-xi-putin')!;
