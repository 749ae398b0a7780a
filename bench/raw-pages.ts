/**
 * Seeded generator of raw newspaper-page text in the shapes ingest meets: several stories
 * per page, lines broken at column width, blank lines inside sentences at column breaks,
 * headlines printed after their body, ▲/● captions, bylines and wire credits, in Traditional
 * or Simplified script. Every sentence is built here from small word lists.
 */
import { seededRandom } from '../scripts/seeded-random.ts';

type Rng = () => number;
const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)]!;
const int = (rng: Rng, lo: number, hi: number): number => lo + Math.floor(rng() * (hi - lo + 1));

/** Words in [Traditional, Simplified]. */
type Pair = readonly [string, string];

const LEADERS: readonly (readonly [Pair, Pair])[] = [
  [
    ['國家主席', '国家主席'],
    ['習近平', '习近平'],
  ],
  [
    ['國務院總理', '国务院总理'],
    ['李強', '李强'],
  ],
  [
    ['外交部長', '外交部长'],
    ['王毅', '王毅'],
  ],
];
const FOREIGN: readonly (readonly [Pair, Pair, Pair])[] = [
  [
    ['俄羅斯', '俄罗斯'],
    ['總統', '总统'],
    ['普京', '普京'],
  ],
  [
    ['美國', '美国'],
    ['總統', '总统'],
    ['特朗普', '特朗普'],
  ],
  [
    ['法國', '法国'],
    ['總統', '总统'],
    ['馬克龍', '马克龙'],
  ],
  [
    ['巴西', '巴西'],
    ['總統', '总统'],
    ['盧拉', '卢拉'],
  ],
  [
    ['德國', '德国'],
    ['總理', '总理'],
    ['默茨', '默茨'],
  ],
  [
    ['南非', '南非'],
    ['總統', '总统'],
    ['拉馬福薩', '拉马福萨'],
  ],
  [
    ['越南', '越南'],
    ['國家主席', '国家主席'],
    ['梁強', '梁强'],
  ],
];
const MODES: readonly Pair[] = [
  ['通電話', '通电话'],
  ['舉行視頻會晤', '举行视频会晤'],
  ['舉行會談', '举行会谈'],
  ['會見', '会见'],
];
const PLACES: readonly Pair[] = [
  ['在北京人民大會堂', '在北京人民大会堂'],
  ['在釣魚台國賓館', '在钓鱼台国宾馆'],
  ['在中南海紫光閣', '在中南海紫光阁'],
];
const SPOKES: readonly Pair[] = [
  ['林劍', '林剑'],
  ['毛寧', '毛宁'],
  ['郭嘉昆', '郭嘉昆'],
];
const TOPICS: readonly Pair[] = [
  ['歐盟對華電動車加徵關稅', '欧盟对华电动车加征关税'],
  ['日本修改防衛政策', '日本修改防卫政策'],
  ['菲律賓在南海的行動', '菲律宾在南海的行动'],
  ['美方出台芯片出口管制', '美方出台芯片出口管制'],
  ['有關國家插手台灣問題', '有关国家插手台湾问题'],
];
const FILLER: readonly Pair[] = [
  [
    '雙方要加強戰略溝通，深化各領域務實合作，推動兩國關係持續健康穩定發展。',
    '双方要加强战略沟通，深化各领域务实合作，推动两国关系持续健康稳定发展。',
  ],
  ['兩國經貿往來保持增長勢頭，人文交流日益密切，地方合作不斷拓展。', '两国经贸往来保持增长势头，人文交流日益密切，地方合作不断拓展。'],
  ['面對複雜多變的國際形勢，雙方願在多邊框架內保持密切協調。', '面对复杂多变的国际形势，双方愿在多边框架内保持密切协调。'],
  ['今年是兩國建交周年，雙方將舉辦一系列紀念活動。', '今年是两国建交周年，双方将举办一系列纪念活动。'],
  ['分析人士指出，此次互動為下一階段的高層交往奠定了基礎。', '分析人士指出，此次互动为下一阶段的高层交往奠定了基础。'],
  ['雙方還就共同關心的國際和地區問題深入交換了意見。', '双方还就共同关心的国际和地区问题深入交换了意见。'],
  ['中方願同各方一道，維護以聯合國為核心的國際體系。', '中方愿同各方一道，维护以联合国为核心的国际体系。'],
];
const OUTLETS: readonly Pair[] = [
  ['大公報', '大公报'],
  ['香港文匯報', '香港文汇报'],
  ['人民日報', '人民日报'],
  ['聯合報', '联合报'],
];
const REPORTERS: readonly Pair[] = [
  ['記者 張敏', '记者 张敏'],
  ['記者 陳浩然', '记者 陈浩然'],
  ['特派記者 黃嘉怡', '特派记者 黄嘉怡'],
];

const DAYS = ['今天', '昨天', '日', '日上午', '日下午', '日晚'];

/** One generated page: its raw text and the metadata a sidecar would carry. */
export interface RawPage {
  name: string;
  text: string;
  published: string;
  outlet: string;
  language: 'zh-Hant' | 'zh-Hans';
}

/** Generates `count` raw pages from `seed`; the same arguments give the same pages. */
export function generateRawPages(count: number, seed = 20260205): RawPage[] {
  const rng = seededRandom(seed);
  return Array.from({ length: count }, (_, i) => generatePage(rng, i));
}

function generatePage(rng: Rng, index: number): RawPage {
  const s = rng() < 0.35 ? 1 : 0; // script: 0 Traditional, 1 Simplified
  const month = int(rng, 1, 12);
  const day = int(rng, 2, 28);
  const published = `2025-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const outlet = pick(rng, OUTLETS)[s];
  const ctx: Ctx = { rng, s, month, day: day - 1, outlet };
  const stories = Array.from({ length: int(rng, 2, 6) }, () => (rng() < 0.4 ? ministryStory(ctx) : leaderStory(ctx)));
  const width = rng() < 0.5 ? 0 : int(rng, 14, 22);
  const text = stories.map((st) => layoutStory(ctx, st, width)).join('\n\n\n');
  return { name: `bench-${String(index).padStart(4, '0')}`, text, published, outlet, language: s ? 'zh-Hans' : 'zh-Hant' };
}

interface Ctx {
  rng: Rng;
  s: number;
  month: number;
  day: number;
  outlet: string;
}

interface Story {
  headline: string;
  paragraphs: string[];
  caption?: string | undefined;
  byline?: string | undefined;
}

function when(ctx: Ctx): string {
  const d = pick(ctx.rng, DAYS);
  if (d === '今天' || d === '昨天') return d;
  return ctx.rng() < 0.5 ? `${ctx.month}月${ctx.day}${d}` : `${ctx.day}${d}`;
}

function filler(ctx: Ctx, n: number): string {
  return Array.from({ length: n }, () => pick(ctx.rng, FILLER)[ctx.s]).join('');
}

function leaderStory(ctx: Ctx): Story {
  const { rng, s } = ctx;
  const [title, name] = pick(rng, LEADERS);
  const [country, ftitle, fname] = pick(rng, FOREIGN);
  const mode = pick(rng, MODES)[s]!;
  const place = mode.length > 3 && rng() < 0.6 ? pick(rng, PLACES)[s] : '';
  const lead = `${when(ctx)}，${title[s]}${name[s]}${place}同${country[s]}${ftitle[s]}${fname[s]}${mode}。`;
  const paragraphs = [
    (rng() < 0.5 ? `【${ctx.outlet}訊】據新華社報道：` : '') + lead + filler(ctx, int(rng, 1, 3)),
    `${name[s]}指出，${filler(ctx, int(rng, 3, 8))}`,
    `${name[s]}${s ? '强调' : '強調'}，${filler(ctx, int(rng, 2, 6))}`,
    `${fname[s]}表示，${filler(ctx, int(rng, 3, 7))}`,
  ];
  for (let i = int(rng, 0, 3); i > 0; i--) paragraphs.push(filler(ctx, int(rng, 2, 5)));
  return {
    headline: `${name[s]}同${fname[s]}${mode.replace(/^舉行|^举行/, '')}`,
    paragraphs,
    caption: rng() < 0.5 ? `${rng() < 0.5 ? '▲' : '●'}${lead}${rng() < 0.5 ? (s ? ' 新华社' : ' 新華社') : ''}` : undefined,
    byline: rng() < 0.4 ? `●${ctx.outlet}${pick(rng, REPORTERS)[s]} 北京${s ? '报道' : '報道'}` : undefined,
  };
}

function ministryStory(ctx: Ctx): Story {
  const { rng, s } = ctx;
  const spoke = pick(rng, SPOKES)[s]!;
  const topic = pick(rng, TOPICS)[s]!;
  const ministry = s ? '外交部发言人' : '外交部發言人';
  const paragraphs = [
    `${ministry}${spoke}${when(ctx)}${s ? '主持例行记者会' : '主持例行記者會'}。`,
    `${s ? '有记者问' : '有記者問'}：近日${topic}，${s ? '中方对此有何回应？' : '中方對此有何回應？'}`,
    `${spoke}表示：「${filler(ctx, int(rng, 2, 6))}」`,
  ];
  for (let i = int(rng, 0, 2); i > 0; i--) paragraphs.push(`${spoke}${s ? '说' : '說'}，${filler(ctx, int(rng, 2, 5))}`);
  if (rng() < 0.5) paragraphs.push(`${s ? '问' : '問'}：${filler(ctx, 1)}\n答：${filler(ctx, int(rng, 1, 2))}`);
  return {
    headline: `${s ? '外交部回应' : '外交部回應'}${topic}`,
    paragraphs,
    byline: rng() < 0.5 ? `【${ctx.outlet}${s ? '讯' : '訊'}】${pick(rng, REPORTERS)[s]}` : undefined,
  };
}

function layoutStory(ctx: Ctx, story: Story, width: number): string {
  const body = story.paragraphs.map((p) => wrap(ctx, p, width)).join('\n\n');
  const parts = ctx.rng() < 0.3 ? [body, story.headline] : [story.headline, body];
  if (story.caption) parts.push(story.caption);
  if (story.byline) parts.splice(ctx.rng() < 0.5 ? 1 : parts.length, 0, story.byline);
  return parts.join('\n\n');
}

// Column layout: hard breaks every `width` characters and, now and then, a blank line mid-sentence.
function wrap(ctx: Ctx, text: string, width: number): string {
  if (!width) return text;
  const lines: string[] = [];
  for (let i = 0; i < text.length; i += width) {
    lines.push(text.slice(i, i + width));
    if (ctx.rng() < 0.08) lines.push('');
  }
  return lines.join('\n');
}
