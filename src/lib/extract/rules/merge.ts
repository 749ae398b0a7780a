/**
 * One happening, one event: which mentions (lead, body, caption, headline, a commentary's
 * aside) report the same call, meeting or answer. merge.ts groups by these rules.
 */
import { fold } from '../fold.ts';
import { rule } from '../engine.ts';
import { personKey } from '../actors.ts';
import { actKind } from '../acts.ts';
import type { Mention } from '../mention.ts';
import { hanOnly } from '../text.ts';

/** Mentions of one happening. */
export type Group = Mention[];

const keysOf = (m: Mention) => new Set(m.people.map(personKey));
const subset = (a: Set<string>, b: Set<string>) => [...a].every((k) => b.has(k));
/** The same two or more people on both sides: a day difference alone then tells nothing. */
const samePeople = (m: Mention, group: Group) => {
  const mine = keysOf(m);
  const theirs = new Set(group.flatMap((g) => [...keysOf(g)]));
  return mine.size >= 2 && mine.size === theirs.size && subset(mine, theirs);
};
/** Two sides written differently, neither inside the other (查爾斯王子夫婦, 威廉王子). */
export const writtenApart = (a: string | undefined, b: string | undefined): boolean => !!a && !!b && !a.includes(b) && !b.includes(a);
/** 「會見了查爾斯王子夫婦，…還會見了威廉王子」: in one passage, two guests written but unnamed, and written apart, are two meetings. */
const guestsApart = (m: Mention, group: Group) =>
  !!m.guestUnnamed && group.some((g) => g.guestUnnamed && g.passage.id === m.passage.id && writtenApart(g.counterpart, m.counterpart));
/** One side's people all among the other's. */
const sameOrFewer = (m: Mention, group: Group) => {
  const mine = keysOf(m);
  const theirs = new Set(group.flatMap((g) => [...keysOf(g)]));
  return subset(mine, theirs) || subset(theirs, mine);
};
/** 「會見中德工商界知名人士」 beside 「與默克爾共進早餐」: a guest written but unnamed is someone else than a named one. */
const unnamedBesideNamed = (m: Mention, group: Group, mine: Set<string>, theirs: Set<string>) =>
  (!!m.guestUnnamed && theirs.size > mine.size) || (group.some((g) => g.guestUnnamed) && mine.size > theirs.size);

const DAY = 86_400_000;

export const futureIsPlan = rule({
  id: 'merge.future-is-a-plan',
  decides:
    'A mention dated after publication (將於9月23日…) is a plan: it makes no event; but in a paper dated on an American clock, a day one after publication is Asia’s day of what it reports.',
  examples: [
    { text: '2026年1月5日，韓國總統李在明同國家主席習近平在北京舉行會談。', published: '2025-12-30', events: [] },
    { text: '2026年1月5日，韩国总统李在明同国家主席习近平在北京举行会谈。', published: '2025-12-30', events: [] },
  ],
  leaves: [
    {
      text: '中國國家主席習近平4日在北京與法國總統馬克宏舉行會談。',
      published: '2025-12-03',
      outlet: '世界日報',
      events: [{ type: 'meeting', date: '2025-12-04', actors: ['習近平', '馬克宏'] }],
    },
    {
      text: '中国国家主席习近平4日在北京与法国总统马克宏举行会谈。',
      published: '2025-12-03',
      outlet: '世界日报',
      events: [{ type: 'meeting', date: '2025-12-04', actors: ['习近平', '马克宏'] }],
    },
  ],
  apply: (m: Mention, published: string, behindAsia = false) => {
    if (!m.when.date || m.when.date <= published.slice(0, m.when.date.length)) return false;
    return !(behindAsia && m.when.precision === 'day' && Date.parse(m.when.date) - Date.parse(published) === DAY);
  },
});

export const acrossTimeZones = rule({
  id: 'merge.across-time-zones',
  decides:
    '「12日上午…視頻通話」and「華盛頓當地時間11日晚…視頻通話」: one call a day apart on two clocks (same people, an evening abroad is the next morning here).',
  examples: [
    {
      text: [
        ['paragraph', '中国国务院副总理何立峰与美国财政部长贝森特星期五（12月12日）上午通电话。'],
        ['paragraph', '美国财政部稍后发表声明说，贝森特于美国东部时间星期四（11日）晚同何立峰通话。'],
      ],
      published: '2025-12-14',
      outlet: '联合早报',
      events: [{ type: 'call', date: '2025-12-12', actors: ['何立峰', '贝森特'] }],
    },
    {
      text: [
        ['paragraph', '中國國務院副總理何立峰與美國財政部長貝森特星期五（12月12日）上午通電話。'],
        ['paragraph', '美國財政部稍後發表聲明說，貝森特於美國東部時間星期四（11日）晚同何立峰通話。'],
      ],
      published: '2025-12-14',
      outlet: '聯合早報',
      events: [{ type: 'call', date: '2025-12-12', actors: ['何立峰', '貝森特'] }],
    },
  ],
  leaves: [
    {
      text: [
        ['paragraph', '当地时间6月7日下午，国家主席习近平同美国总统奥巴马举行中美元首会晤。'],
        ['paragraph', '两国元首8日上午继续会晤。'],
      ],
      published: '2013-06-09',
      events: [
        { type: 'meeting', date: '2013-06-07', actors: ['习近平', '奥巴马'] },
        { type: 'meeting', date: '2013-06-08', actors: ['习近平', '奥巴马'] },
      ],
    },
  ],
  apply: (m: Mention, group: Group): boolean => {
    const head = group[0]!;
    if (m.type === 'ministry-response' || !m.when.date || !head.when.date || m.when.precision !== 'day' || head.when.precision !== 'day')
      return false;
    const local = m.when.local ? m : group.find((g) => g.when.local);
    const home = local === m ? head : m;
    if (!local || home.when.local || !home.when.date || !local.when.date) return false;
    const shift = (Date.parse(home.when.date) - Date.parse(local.when.date)) / 86_400_000;
    const pod = local.when.partOfDay;
    if (!((shift === 1 && (pod === 'evening' || pod === 'night')) || (shift === -1 && pod === 'morning'))) return false;
    return samePeople(m, group);
  },
});

export const datelineDayYields = rule({
  id: 'merge.dateline-day-yields',
  decides:
    '「【大紀元10月8日訊】布什在同胡錦濤的電話交談中…」「胡錦濤星期四跟布什通話」: a call or meeting dated only by the report’s dateline (or by a web page’s time stamp: 2022-08-10 08:00, 王毅在青島會見朴振。…王毅昨天在青島會見朴振) is the same one the report dates itself a few days before, with the same people; an act of the same kind (領事館正式開館) with no one else named is too; so is a headline’s dated by 昨 (省領導昨會見使節團) that the body dates a day before, naming no one else.',
  examples: [
    {
      text: [
        ['headline', '王毅晤韓國外長'],
        ['credit', '2022-08-10 08:00'],
        ['paragraph', '王毅在青島會見韓國外長朴振。'],
        ['paragraph', '國務委員兼外長王毅昨天在山東青島會見到訪的韓國外長朴振，並共進晚宴。'],
      ],
      published: '2022-08-10',
      events: [{ type: 'meeting', date: '2022-08-09', actors: ['王毅', '朴振'], passages: 2 }],
    },
    {
      text: [
        ['headline', '王毅晤韩国外长'],
        ['credit', '2022-08-10 08:00'],
        ['paragraph', '王毅在青岛会见韩国外长朴振。'],
        ['paragraph', '国务委员兼外长王毅昨天在山东青岛会见到访的韩国外长朴振，并共进晚宴。'],
      ],
      published: '2022-08-10',
      events: [{ type: 'meeting', date: '2022-08-09', actors: ['王毅', '朴振'], passages: 2 }],
    },
    {
      text: [
        ['paragraph', '【大紀元10月8日訊】美國總統布什在同中國國家主席胡錦濤的電話交談中，就台灣問題交換了意見。'],
        ['paragraph', '胡錦濤星期四跟布什總統通話，要求美國停止向台灣出售武器。'],
      ],
      published: '2004-10-08',
      events: [{ type: 'call', date: '2004-10-07', actors: ['布什', '胡錦濤'] }],
    },
    {
      text: [
        ['paragraph', '【大纪元10月8日讯】美国总统布什在同中国国家主席胡锦涛的电话交谈中，就台湾问题交换了意见。'],
        ['paragraph', '胡锦涛星期四跟布什总统通话，要求美国停止向台湾出售武器。'],
      ],
      published: '2004-10-08',
      events: [{ type: 'call', date: '2004-10-07', actors: ['布什', '胡锦涛'] }],
    },
    {
      text: [
        ['headline', '省領導昨會見駐外使節團一行'],
        ['paragraph', '東南網6月29日訊 27日晚，副省長洪捷序在福州會見了到訪的駐外使節團一行。'],
      ],
      published: '2011-06-29',
      events: [{ type: 'meeting', date: '2011-06-27', actors: ['洪捷序'] }],
    },
    {
      text: [
        ['headline', '省领导昨会见驻外使节团一行'],
        ['paragraph', '东南网6月29日讯 27日晚，副省长洪捷序在福州会见了到访的驻外使节团一行。'],
      ],
      published: '2011-06-29',
      events: [{ type: 'meeting', date: '2011-06-27', actors: ['洪捷序'] }],
    },
  ],
  apply: (m: Mention, group: Group): boolean => {
    const head = group[0]!;
    if (m.type === 'ministry-response' || m.when.precision !== 'day' || head.when.precision !== 'day') return false;
    // A headline's 昨 counts from the paper's day, though the body may date the happening a day earlier still.
    const loose = (g: Mention) => !!g.when.dateline || (g.role === 'headline' && g.because.has('date.relative-day'));
    const lined = loose(m) ? m : group.find(loose);
    const own = lined === m ? head : m;
    if (!lined || loose(own) || !own.when.date || !lined.when.date) return false;
    const back = (Date.parse(lined.when.date) - Date.parse(own.when.date)) / 86_400_000;
    if (back < 1 || back > 3) return false;
    if (!lined.when.dateline) return sameOrFewer(lined, lined === m ? group : [m]);
    // An act (a consulate opened, relations severed) happens once: the same kind, with no one else named, is it.
    if (m.type === 'other' && group.every((g) => actKind(g.word) === actKind(m.word))) return sameOrFewer(m, group);
    return samePeople(m, group);
  },
});

export const twoSpeakersTwoResponses = rule({
  id: 'merge.two-speakers-two-responses',
  decides: 'Two named speakers of one ministry (the minister, then the spokesperson) give two responses, not one.',
  examples: [
    {
      text: '外交部長王毅8日在記者會上表示，中方堅決反對美方對台軍售。外交部發言人汪文斌8日表示，中方反對美方對台軍售。',
      published: '2021-03-09',
      events: [
        { type: 'ministry-response', date: '2021-03-08', actors: ['王毅'] },
        { type: 'ministry-response', date: '2021-03-08', actors: ['汪文斌'] },
      ],
    },
    {
      text: '外交部长王毅8日在记者会上表示，中方坚决反对美方对台军售。外交部发言人汪文斌8日表示，中方反对美方对台军售。',
      published: '2021-03-09',
      events: [
        { type: 'ministry-response', date: '2021-03-08', actors: ['王毅'] },
        { type: 'ministry-response', date: '2021-03-08', actors: ['汪文斌'] },
      ],
    },
  ],
  apply: (m: Mention, group: Group) => {
    if (!m.people.length) return false;
    const mine = keysOf(m);
    return !group.every((g) => !g.people.length || g.people.some((p) => mine.has(personKey(p))));
  },
});

export const sameHappening = rule({
  id: 'merge.same-happening',
  decides:
    'Mentions of the same kind on the same day whose people are the same or a part of each other are one happening (not one whose guests are written but unnamed, 會見中德工商界知名人士, beside one with a named guest, nor what came next, 王毅其後會見安倍晉三, sharing no one named with the group, nor one more met besides, 王毅也會見了西哈莫尼, with someone the group has not met, or unnamed beside two named sides: 楊潔篪也與歐盟外長共進早餐).',
  examples: [
    {
      text: [
        ['paragraph', '國家主席習近平21日同俄羅斯總統普京通電話。'],
        ['paragraph', '習近平21日在通話中強調，中俄要加強戰略協作。'],
      ],
      published: '2025-01-22',
      events: [{ type: 'call', date: '2025-01-21', actors: ['習近平', '普京'] }],
    },
    {
      text: [
        ['paragraph', '国家主席习近平21日同俄罗斯总统普京通电话。'],
        ['paragraph', '习近平21日在通话中强调，中俄要加强战略协作。'],
      ],
      published: '2025-01-22',
      events: [{ type: 'call', date: '2025-01-21', actors: ['习近平', '普京'] }],
    },
  ],
  apply: (m: Mention, group: Group) => {
    const mine = keysOf(m);
    const theirs = new Set(group.flatMap((g) => [...keysOf(g)]));
    if (unnamedBesideNamed(m, group, mine, theirs)) return false;
    // Two acts of different kinds (relations restored, a consulate opened) are two happenings.
    if (m.type === 'other' && group.some((g) => actKind(g.word) !== actKind(m.word))) return false;
    if (guestsApart(m, group)) return false;
    // 「王毅其後會見日本首相安倍晉三」: what came next, sharing no one named with the group, is another happening.
    if (m.next && mine.size > 0 && ![...mine].some((k) => theirs.has(k))) return false;
    // 「王毅昨天也會見了柬埔寨國王西哈莫尼」: one more met besides, named with no one the group has met, is another happening.
    if (m.besides && [...mine].some((k) => !theirs.has(k))) return false;
    // 「楊潔篪也與歐盟外長共進早餐」: one more met besides, unnamed, beside a meeting whose two sides are named, is another.
    if (m.besides && mine.size === 1 && theirs.size >= 2) return false;
    return subset(mine, theirs) || subset(theirs, mine);
  },
});

export const openingJoinsAnswer = rule({
  id: 'merge.opening-joins-first-answer',
  decides:
    'A briefing’s opening line (發言人X主持例行記者會), or an undated one heading the page (外交部發言人答記者問), goes with the first answer the story reports from it, dated or not (a transcript whose day is only its page’s: 馬曉光：各位上午好); a statement’s frame naming one matter (發言人就美方加徵關稅答記者問) leads it, its words giving the event’s title and summary. Answers are told in the body: a headline above (駐英使館：強烈譴責) only names one. An opening dated only to its month (2015年9月外交部發言人答記者問) fits an answer on a day of that month.',
  examples: [
    {
      text: [
        ['headline', '2015年9月外交部發言人就歐洲問題答記者問'],
        ['headline', '2015年9月7日外交部發言人洪磊主持例行記者會'],
        ['paragraph', '問：歐洲媒體如何評價紀念活動？'],
        ['paragraph', '答：我們一直強調，中國舉辦紀念活動是為了維護和平。'],
      ],
      published: '2015-11-12',
      events: [{ type: 'ministry-response', date: '2015-09-07', actors: ['外交部', '洪磊'], passages: 4 }],
    },
    {
      text: [
        ['headline', '2015年9月外交部发言人就欧洲问题答记者问'],
        ['headline', '2015年9月7日外交部发言人洪磊主持例行记者会'],
        ['paragraph', '问：欧洲媒体如何评价纪念活动？'],
        ['paragraph', '答：我们一直强调，中国举办纪念活动是为了维护和平。'],
      ],
      published: '2015-11-12',
      events: [{ type: 'ministry-response', date: '2015-09-07', actors: ['外交部', '洪磊'], passages: 4 }],
    },
    {
      text: [
        ['paragraph', '據新華社電 國防部新聞發言人耿雁生昨日在北京舉行的例行記者會上，就國防預算、國際護航合作等問題答記者問。', 'a'],
        ['headline', '我軍赴西太平洋訓練', 'b'],
        ['headline', '不針對任何特定目標', 'b'],
        ['paragraph', '針對有媒體提出的海軍赴西太平洋訓練問題，耿雁生說，這是計劃內的正常安排，不針對任何特定目標。', 'b'],
      ],
      published: '2012-02-23',
      events: [{ type: 'ministry-response', date: '2012-02-22', actors: ['國防部', '耿雁生'], passages: 2 }],
    },
    {
      text: [
        ['paragraph', '据新华社电 国防部新闻发言人耿雁生昨日在北京举行的例行记者会上，就国防预算、国际护航合作等问题答记者问。', 'a'],
        ['headline', '我军赴西太平洋训练', 'b'],
        ['headline', '不针对任何特定目标', 'b'],
        ['paragraph', '针对有媒体提出的海军赴西太平洋训练问题，耿雁生说，这是计划内的正常安排，不针对任何特定目标。', 'b'],
      ],
      published: '2012-02-23',
      events: [{ type: 'ministry-response', date: '2012-02-22', actors: ['国防部', '耿雁生'], passages: 2 }],
    },
    {
      text: [
        ['paragraph', '外交部發言人毛寧4日在例行記者會上回答記者提問。'],
        ['paragraph', '有記者問，美方宣布對華加徵關稅，中方有何回應？毛寧表示，中方堅決反對。'],
      ],
      published: '2025-03-05',
      events: [{ type: 'ministry-response', date: '2025-03-04', actors: ['外交部', '毛寧'] }],
    },
    {
      text: [
        ['paragraph', '商务部新闻发言人8日在例行新闻发布会上回答记者提问。'],
        ['paragraph', '问：美方宣布对华加征关税，商务部有何回应？'],
        ['paragraph', '答：中方坚决反对。'],
        ['paragraph', '问：荷兰扩大芯片出口管制，商务部有何评论？'],
        ['paragraph', '答：中方将采取必要措施。'],
      ],
      published: '2025-04-09',
      events: [
        { type: 'ministry-response', date: '2025-04-08', actors: ['商务部'] },
        { type: 'ministry-response', date: '2025-04-08', actors: ['商务部'] },
      ],
    },
    {
      text: [
        ['paragraph', '馬曉光：各位上午好，現在開始今天的發布會。'],
        ['paragraph', '記者：大陸方面如何看待美方對台軍售？'],
        ['paragraph', '馬曉光：我們堅決反對美方對台軍售。'],
      ],
      published: '2015-12-16',
      events: [{ type: 'ministry-response', date: '2015-12-16', actors: ['國台辦', '馬曉光'], passages: 3 }],
    },
    {
      text: [
        ['paragraph', '马晓光：各位上午好，现在开始今天的发布会。'],
        ['paragraph', '记者：大陆方面如何看待美方对台军售？'],
        ['paragraph', '马晓光：我们坚决反对美方对台军售。'],
      ],
      published: '2015-12-16',
      events: [{ type: 'ministry-response', date: '2015-12-16', actors: ['国台办', '马晓光'], passages: 3 }],
    },
    {
      text: [
        ['headline', '駐英使館：強烈譴責議會禁令'],
        ['headline', '中國駐英國使館發言人就英國議會禁止中國大使參加活動答記者問'],
        ['paragraph', '記者問：英國議會決定禁止中國大使參加議會的活動，中方有何評論？'],
        ['paragraph', '使館發言人：這一決定是短視之舉，我們予以強烈譴責。'],
      ],
      published: '2021-09-15',
      events: [{ type: 'ministry-response', date: '2021-09-15', actors: ['中國駐英國使館'], passages: 2 }],
    },
    {
      text: [
        ['headline', '驻英使馆：强烈谴责议会禁令'],
        ['headline', '中国驻英国使馆发言人就英国议会禁止中国大使参加活动答记者问'],
        ['paragraph', '记者问：英国议会决定禁止中国大使参加议会的活动，中方有何评论？'],
        ['paragraph', '使馆发言人：这一决定是短视之举，我们予以强烈谴责。'],
      ],
      published: '2021-09-15',
      events: [{ type: 'ministry-response', date: '2021-09-15', actors: ['中国驻英国使馆'], passages: 2 }],
    },
  ],
  apply: (m: Mention, answers: readonly Mention[], next?: Mention) => {
    if (!m.opening) return undefined;
    // Answers given are told in the body: a headline (駐英使館：強烈譴責) only names one.
    // (An opening dated only to its month, 2015年9月外交部發言人答記者問, fits an answer on a day of that month.)
    const within = (a: Mention) =>
      !m.when.date || a.when.date === m.when.date || (m.when.precision !== 'day' && !!a.when.date?.startsWith(m.when.date));
    const fits = (a: Mention) => a.role === 'body' && a.ministry?.id === m.ministry?.id && within(a);
    const told = answers.filter((a) => a.role === 'body');
    const own = told.find((a) => a.passage.story === m.passage.story && fits(a));
    if (own || told.some((a) => a.passage.story === m.passage.story)) return own;
    // 「…就國防預算、國際護航合作等問題答記者問。」 then 「我軍赴西太平洋訓練」: a lead standing alone before its
    // report's first subheading opens the answers told under it (next: the first answer told after it).
    return next && fits(next) ? next : undefined;
  },
});

export const coarseJoinsDay = rule({
  id: 'merge.coarse-joins-day',
  decides: '「這是兩國元首去年第二次視頻會晤」: a month- or year-dated mention joins the day-dated one of the story it restates.',
  examples: [
    {
      text: '國家主席習近平15日同美國總統拜登舉行視頻會晤。習近平本月同拜登舉行的視頻會晤，為兩國關係指明方向。',
      published: '2021-11-17',
      events: [{ type: 'meeting', date: '2021-11-15', actors: ['習近平', '拜登'] }],
    },
    {
      text: '国家主席习近平15日同美国总统拜登举行视频会晤。习近平本月同拜登举行的视频会晤，为两国关系指明方向。',
      published: '2021-11-17',
      events: [{ type: 'meeting', date: '2021-11-15', actors: ['习近平', '拜登'] }],
    },
  ],
  apply: (m: Mention, group: Group, coarse: (x: Mention) => boolean) =>
    group[0]!.passage.story === m.passage.story && !coarse(group[0]!) && group[0]!.when.date!.startsWith(m.when.date!),
});

export const undatedJoinsDated = rule({
  id: 'merge.undated-joins-dated',
  decides:
    'An undated mention joins a dated happening of the same kind whose people include its own (preferring its own story; not when its guests are written but unnamed and the happening names more), or one in its story dated with no one named (在周五的通話中，他們…), or one in its story that names only one of its two people (分別與中日兩國領導人舉行會談, then 尹錫悅會晤李強).',
  examples: [
    {
      text: [
        ['paragraph', '國家主席習近平21日同俄羅斯總統普京通電話。'],
        ['paragraph', '習近平同普京通電話，就烏克蘭局勢交換意見。'],
      ],
      published: '2025-01-22',
      events: [{ type: 'call', date: '2025-01-21', actors: ['習近平', '普京'], passages: 2 }],
    },
    {
      text: [
        ['paragraph', '国家主席习近平21日同俄罗斯总统普京通电话。'],
        ['paragraph', '习近平同普京通电话，就乌克兰局势交换意见。'],
      ],
      published: '2025-01-22',
      events: [{ type: 'call', date: '2025-01-21', actors: ['习近平', '普京'], passages: 2 }],
    },
    {
      text: [
        ['paragraph', '德國總理默克爾與新當選的中國總理李克強通電話表示祝賀。'],
        ['paragraph', '在周五的通話中，他們還就兩國經貿合作交換了意見。'],
      ],
      published: '2013-03-16',
      events: [{ type: 'call', date: '2013-03-15', actors: ['默克爾', '李克強'] }],
    },
    {
      text: [
        ['paragraph', '德国总理默克尔与新当选的中国总理李克强通电话表示祝贺。'],
        ['paragraph', '在周五的通话中，他们还就两国经贸合作交换了意见。'],
      ],
      published: '2013-03-16',
      events: [{ type: 'call', date: '2013-03-15', actors: ['默克尔', '李克强'] }],
    },
    {
      text: [
        ['paragraph', '韓國總統尹錫悅26日在首爾分別與中日兩國領導人舉行會談。'],
        ['paragraph', '尹錫悅會晤中國國務院總理李強時強調，兩國應密切合作。'],
      ],
      published: '2024-05-27',
      events: [{ type: 'meeting', date: '2024-05-26', actors: ['尹錫悅', '李強'], passages: 2 }],
    },
    {
      text: [
        ['paragraph', '韩国总统尹锡悦26日在首尔分别与中日两国领导人举行会谈。'],
        ['paragraph', '尹锡悦会晤中国国务院总理李强时强调，两国应密切合作。'],
      ],
      published: '2024-05-27',
      events: [{ type: 'meeting', date: '2024-05-26', actors: ['尹锡悦', '李强'], passages: 2 }],
    },
  ],
  apply: (m: Mention, group: Group) => {
    const mine = keysOf(m);
    const theirs = new Set(group.flatMap((g) => [...keysOf(g)]));
    // 「在周五的通話中，他們…」: a day given with no one named is the day of the story's call named with its people.
    if (theirs.size === 0) return mine.size > 0 && group.some((g) => g.passage.story === m.passage.story);
    if (unnamedBesideNamed(m, group, mine, theirs) || guestsApart(m, group)) return false;
    // 「尹錫悅26日分別與中日兩國領導人舉行會談。…尹錫悅會晤李強」: one side named, the other told later, in the same story.
    if (
      theirs.size === 1 &&
      mine.size === 2 &&
      subset(theirs, mine) &&
      group.some((g) => g.passage.story === m.passage.story && g.role === 'body')
    )
      return true;
    return mine.size > 0 && subset(mine, theirs);
  },
});

export const undatedStandsAlone = rule({
  id: 'merge.undated-stands-alone',
  decides:
    'An undated mention that joins nothing stands as a group of its own when the body states it and names someone (headlines, captions and look-backs never do), so a later rule may still date it.',
  examples: [
    {
      text: '外交部發言人毛寧表示，中方堅決反對任何形式的單邊制裁。',
      published: '2025-01-22',
      events: [{ type: 'ministry-response', date: '2025-01-22', precision: 'day', actors: ['外交部', '毛寧'] }],
    },
    {
      text: '外交部发言人毛宁表示，中方坚决反对任何形式的单边制裁。',
      published: '2025-01-22',
      events: [{ type: 'ministry-response', date: '2025-01-22', precision: 'day', actors: ['外交部', '毛宁'] }],
    },
  ],
  apply: (m: Mention) => m.role === 'body' && !m.restates && (m.type === 'ministry-response' || m.people.length > 0),
});

export const undatedAnswerOnPublicationDay = rule({
  id: 'merge.undated-answer-on-publication-day',
  decides:
    '「外交部發言人毛寧表示，中方堅決反對…」in a story that writes no day: a ministry’s answer is news the day it is given, so it stands on the publication day.',
  examples: [
    {
      text: '外交部發言人毛寧表示，中方堅決反對任何形式的單邊制裁。',
      published: '2025-01-22',
      events: [{ type: 'ministry-response', date: '2025-01-22', precision: 'day', actors: ['外交部', '毛寧'] }],
    },
    {
      text: '商务部新闻发言人表示，中方将采取必要措施，坚决维护自身正当权益。',
      published: '2025-04-09',
      events: [{ type: 'ministry-response', date: '2025-04-09', precision: 'day', actors: ['商务部'] }],
    },
  ],
  leaves: [
    {
      text: '習近平表示，很高興同普京總統再次通電話。',
      published: '2025-01-22',
      events: [],
    },
  ],
  apply: (m: Mention, published: string) =>
    m.type === 'ministry-response' && !m.when.date ? { date: published, precision: 'day' as const } : undefined,
});

export const meetingOnVisitDay = rule({
  id: 'merge.meeting-on-visit-day',
  decides:
    '「法國總理拉法蘭星期五抵達北京」 then 「溫家寶在人民大會堂接見拉法蘭的時候表示」: an undated meeting that joins nothing, with someone whose arrival or visit the story dates to the day, happened on that day.',
  examples: [
    {
      text: [
        ['paragraph', '法國總理拉法蘭星期五抵達北京，成為非典爆發以來首位到訪中國的外國領導人。'],
        ['paragraph', '中國總理溫家寶在人民大會堂接見拉法蘭的時候表示，他在關鍵時刻訪華，突顯了法國對中國的友誼。'],
      ],
      published: '2003-04-25',
      events: [
        { type: 'other', date: '2003-04-25' },
        { type: 'meeting', date: '2003-04-25', actors: ['溫家寶', '拉法蘭'] },
      ],
    },
    {
      text: [
        ['paragraph', '法国总理拉法兰星期五抵达北京，成为非典爆发以来首位到访中国的外国领导人。'],
        ['paragraph', '中国总理温家宝在人民大会堂接见拉法兰的时候表示，他在关键时刻访华，突显了法国对中国的友谊。'],
      ],
      published: '2003-04-25',
      events: [
        { type: 'other', date: '2003-04-25' },
        { type: 'meeting', date: '2003-04-25', actors: ['温家宝', '拉法兰'] },
      ],
    },
  ],
  apply: (m: Mention, groups: readonly Group[]) => {
    if (m.type !== 'meeting' || m.role !== 'body' || m.when.date) return undefined;
    const mine = keysOf(m);
    const visit = groups.find(
      (g) =>
        g[0]!.type === 'other' &&
        g[0]!.when.precision === 'day' &&
        g.some((x) => x.passage.story === m.passage.story && x.people.some((p) => mine.has(personKey(p)))),
    );
    return visit ? { date: visit[0]!.when.date, precision: 'day' as const } : undefined;
  },
});

export const undatedOnDayTold = rule({
  id: 'merge.undated-on-day-told',
  decides:
    '「白宮今天表示，拜登與習近平的通話於上午10時50分結束」: a call or meeting whose only day dates the speaking about it (call.date-of-speaking), and that joins no dated report of it, happened on that day.',
  examples: [
    {
      text: '白宮今天表示，美國總統拜登與中國國家主席習近平的通話於上午10時50分結束。',
      published: '2022-07-28',
      events: [{ type: 'call', date: '2022-07-28', actors: ['拜登', '習近平'] }],
    },
    {
      text: '白宫今天表示，美国总统拜登与中国国家主席习近平的通话于上午10时50分结束。',
      published: '2022-07-28',
      events: [{ type: 'call', date: '2022-07-28', actors: ['拜登', '习近平'] }],
    },
  ],
  apply: (m: Mention) => (m.type !== 'ministry-response' && !m.when.date ? m.told : undefined),
});

// 「在會談後」「會談中」: the word marks a time in the happening, it reports none.
const timeMark = (m: Mention) => {
  const at = m.sentence.indexOf(m.word);
  return at >= 0 && /^(?:后|後|中|时|時|结束|結束)/u.test(m.sentence.slice(at + m.word.length));
};

export const bareWordRestatesVideo = rule({
  id: 'merge.bare-word-restates-video',
  decides:
    '「兩國元首舉行視頻會晤。當日中午，雙方會晤結束」「兩人19日晚電話會談…川普在會談後發文」: a bare 會晤 or 會談 on the day of a video meeting or a call of the same story, among its people, is that happening; so is one marking a time in the call that names no one (會談中雙方也談到…).',
  examples: [
    {
      text: '國家主席習近平16日上午同美國總統拜登舉行視頻會晤。當日中午，雙方會晤結束。',
      published: '2021-11-17',
      events: [{ type: 'meeting', date: '2021-11-16', actors: ['習近平', '拜登'] }],
    },
    {
      text: '国家主席习近平16日上午同美国总统拜登举行视频会晤。当日中午，双方会晤结束。',
      published: '2021-11-17',
      events: [{ type: 'meeting', date: '2021-11-16', actors: ['习近平', '拜登'] }],
    },
    {
      text: [
        ['paragraph', '日本外務大臣林芳正今(13)日上午與美國國務卿布林肯進行電話會談，雙方同意加強合作。'],
        ['paragraph', '另一方面，會談中雙方也談到日本首相即將訪美的事情。'],
      ],
      published: '2021-11-13',
      events: [{ type: 'call', date: '2021-11-13', actors: ['林芳正', '布林肯'] }],
    },
    {
      text: [
        ['paragraph', '日本外务大臣林芳正今(13)日上午与美国国务卿布林肯进行电话会谈，双方同意加强合作。'],
        ['paragraph', '另一方面，会谈中双方也谈到日本首相即将访美的事情。'],
      ],
      published: '2021-11-13',
      events: [{ type: 'call', date: '2021-11-13', actors: ['林芳正', '布林肯'] }],
    },
  ],
  apply: (m: Mention, group: Group) => {
    const head = group[0]!;
    const bare = (x: Mention) => x.mode === 'in-person' && /^(?:会晤|會晤|会谈|會談)$/u.test(x.word);
    const remote = (x: Mention) => (x.mode === 'video' && x.type === 'meeting') || x.type === 'call';
    if (!((bare(m) && remote(head)) || (remote(m) && bare(head))) || m.passage.story !== head.passage.story) return false;
    const mine = keysOf(m);
    const theirs = new Set(group.flatMap((g) => [...keysOf(g)]));
    // 「會談中雙方也談到…」: a bare word marking a time in the story's call, naming no one, is that call.
    if (mine.size === 0) return bare(m) && remote(head) && timeMark(m);
    if (!subset(mine, theirs)) return false;
    // After a call, only a bare word that marks a time in it (川普在會談後發文) is the call, and it may name one side.
    if (head.type === 'call' || m.type === 'call') return bare(m) && timeMark(m);
    return subset(theirs, mine);
  },
});

export const leadSumsUpAnswer = rule({
  id: 'merge.lead-sums-up-answer',
  decides:
    'An answer dated only by the story’s day, or not at all, is the same ministry’s answer that the story reports further on with a day of its own (a lead sums up the briefing told below, whatever headline names it first); in a story that writes no day at all, the first answer of the ministry sums up its later one.',
  examples: [
    {
      text: [
        ['headline', '外交部回應中印邊境問題：已管控'],
        ['credit', '2014年09月24日 09:52'],
        ['paragraph', '外交部回應中印邊境問題時表示，有關事態已經得到及時有效管控，邊境地區是和平的。'],
        ['paragraph', '本報訊 昨天，在外交部例行記者會上，外交部發言人華春瑩說，有關事態已經得到及時有效管控，邊境地區是和平的。'],
      ],
      published: '2014-09-24',
      events: [{ type: 'ministry-response', date: '2014-09-23', actors: ['外交部', '華春瑩'], passages: 2 }],
    },
    {
      text: [
        ['headline', '外交部回应中印边境问题：已管控'],
        ['credit', '2014年09月24日 09:52'],
        ['paragraph', '外交部回应中印边境问题时表示，有关事态已经得到及时有效管控，边境地区是和平的。'],
        ['paragraph', '本报讯 昨天，在外交部例行记者会上，外交部发言人华春莹说，有关事态已经得到及时有效管控，边境地区是和平的。'],
      ],
      published: '2014-09-24',
      events: [{ type: 'ministry-response', date: '2014-09-23', actors: ['外交部', '华春莹'], passages: 2 }],
    },
    {
      text: [
        ['paragraph', '（本報訊）美方週一宣布對華加徵關稅，外界關注北京如何反制。中國外交部發言人稱，中方將堅決反制。'],
        [
          'paragraph',
          '在週二（25日）下午的例行記者會上，有記者問中方將如何回應美方加徵關稅。外交部發言人毛寧回答稱，中方堅決反對，將採取必要措施。',
        ],
      ],
      published: '2025-11-26',
      events: [{ type: 'ministry-response', date: '2025-11-25', actors: ['中國外交部', '毛寧'] }],
    },
    {
      text: [
        ['paragraph', '（本报讯）美方周一宣布对华加征关税，外界关注北京如何反制。中国外交部发言人称，中方将坚决反制。'],
        [
          'paragraph',
          '在周二（25日）下午的例行记者会上，有记者问中方将如何回应美方加征关税。外交部发言人毛宁回答称，中方坚决反对，将采取必要措施。',
        ],
      ],
      published: '2025-11-26',
      events: [{ type: 'ministry-response', date: '2025-11-25', actors: ['中国外交部', '毛宁'] }],
    },
    {
      text: [
        ['paragraph', '中國外交部表明，中方會採取必要反制措施，回應美國撤銷香港特殊地位，指美國透過制裁阻撓立法的圖謀不會得逞。'],
        ['paragraph', '對於美國決定禁止出口國防設備到香港，中國外交部稱嚇不到中央政府。'],
        [
          'paragraph',
          '中國外交部發言人趙立堅：「中國不是嚇大的，美方阻撓立法的圖謀絕不會得逞。針對美方錯誤行徑，中方將採取必要反制措施。」',
        ],
      ],
      published: '2020-06-30',
      events: [{ type: 'ministry-response', date: '2020-06-30', actors: ['中國外交部', '趙立堅'] }],
    },
    {
      text: [
        ['paragraph', '中国外交部表明，中方会采取必要反制措施，回应美国撤销香港特殊地位，指美国透过制裁阻挠立法的图谋不会得逞。'],
        ['paragraph', '对于美国决定禁止出口国防设备到香港，中国外交部称吓不到中央政府。'],
        ['paragraph', '中国外交部发言人赵立坚：“中国不是吓大的，美方阻挠立法的图谋绝不会得逞。针对美方错误行径，中方将采取必要反制措施。”'],
      ],
      published: '2020-06-30',
      events: [{ type: 'ministry-response', date: '2020-06-30', actors: ['中国外交部', '赵立坚'] }],
    },
  ],
  apply: (m: Mention, earlier: readonly Mention[], later: readonly Mention[]) =>
    // (A headline before it only names the answer.)
    !earlier.some(
      (x) =>
        x.type === 'ministry-response' && x.role !== 'headline' && x.passage.story === m.passage.story && x.ministry?.id === m.ministry?.id,
    ) &&
    later.find(
      (x) =>
        x.type === 'ministry-response' &&
        x.passage.story === m.passage.story &&
        x.ministry?.id === m.ministry?.id &&
        ((!!x.when.date &&
          x.when.precision === 'day' &&
          !x.because.has('response.date-story-day') &&
          !x.because.has('response.date-ministry-later') &&
          (!m.when.date || Math.abs(Date.parse(x.when.date) - Date.parse(m.when.date)) <= 2 * DAY)) ||
          (!m.when.date && !x.when.date && !m.opening)),
    ),
});

// Words repeated this long (in characters, inside one clause) are the same words, not the same topic.
const REPEATED = 8;

// Every run of REPEATED characters in a clause's Han characters.
const gramsOfRun = (run: string): string[] => Array.from({ length: run.length - REPEATED + 1 }, (_, i) => run.slice(i, i + REPEATED));

// The Han characters of each clause (quotation marks and spaces dropped): words repeated run inside a clause, never across its end.
const hanRuns = (t: string): string[] =>
  t
    .split(/[，。；：！？、,.;:!?]+/u)
    .map(hanOnly)
    .filter((r) => r.length >= REPEATED);

// 「在回應英國發表《半年報告》問題時，耿爽強調」: the clause a lead opens with the matter it answers, before its verb.
const MATTER_LEAD = /回[應应答]|對於|对于|關於|关于|針對|针对/u;
const matterBefore = (before: string): string => {
  const lead = MATTER_LEAD.exec(before);
  return lead ? (before.slice(lead.index + lead[0].length).split(/[，。；,;]/u)[0] ?? '') : '';
};
// A reporter's question as a transcript prints it (問：…？) or a report tells it (有記者問…？).
const QUESTION_PASSAGE = /[問问][:：]|[？?]\s*$/u;

export const leadRepeatsAnswer = rule({
  id: 'merge.lead-repeats-answer',
  decides:
    '「在回應日本發表《外交藍皮書》問題時，華春瑩表示」in the lead, 「問：日本發表《外交藍皮書》…？」 below: the matter a lead names before its verb, asked again in the same words by a question below, is that question’s answer; a lead printed twice (a summary, then the story) is one lead. 「吳謙表示，中方敦促美方停止針對中國的軍事挑釁行徑」in the lead, the same words again in an answer below: the story’s first answer, repeating word for word (eight characters or more: 問題涉及軍事部署) an answer told further on, is a lead summing up that answer, whatever topic it seemed to have; words that only meet across a clause’s end (針對中國，我們要看美方 and 遏制中國，我們要看美方) are not repeated.',
  examples: [
    {
      text: [
        [
          'paragraph',
          '內容提要：外交部發言人華春瑩主持3日例行記者會。在回應日本政府日前發表新版《外交藍皮書》問題時，華春瑩表示，中方對此堅決反對。',
        ],
        [
          'paragraph',
          '外交部發言人華春瑩主持3日例行記者會。在回應日本政府日前發表新版《外交藍皮書》問題時，華春瑩表示，中方對此堅決反對。',
        ],
        ['paragraph', '以下為記者會全文：'],
        ['paragraph', '問：日本政府日前發表新版《外交藍皮書》。中方對此有何評論？'],
        ['paragraph', '答：我們注意到有關報道。日方應停止渲染所謂「中國威脅」。'],
      ],
      published: '2023-04-04',
      events: [{ type: 'ministry-response', date: '2023-04-03', passages: 4 }],
    },
    {
      text: [
        [
          'paragraph',
          '内容提要：外交部发言人华春莹主持3日例行记者会。在回应日本政府日前发表新版《外交蓝皮书》问题时，华春莹表示，中方对此坚决反对。',
        ],
        [
          'paragraph',
          '外交部发言人华春莹主持3日例行记者会。在回应日本政府日前发表新版《外交蓝皮书》问题时，华春莹表示，中方对此坚决反对。',
        ],
        ['paragraph', '以下为记者会全文：'],
        ['paragraph', '问：日本政府日前发表新版《外交蓝皮书》。中方对此有何评论？'],
        ['paragraph', '答：我们注意到有关报道。日方应停止渲染所谓“中国威胁”。'],
      ],
      published: '2023-04-04',
      events: [{ type: 'ministry-response', date: '2023-04-03', passages: 4 }],
    },
    {
      text: [
        ['paragraph', '中新網8月31日電 8月31日下午，國防部新聞發言人吳謙答記者問。吳謙表示，中方敦促美方停止針對中國的軍事挑釁行徑。'],
        ['paragraph', '有記者問，據報道，美軍官員近日稱兩軍缺乏溝通將增加誤判風險。請問對此有何評論？'],
        ['paragraph', '吳謙表示，美方有關言論是惡人先告狀。中方敦促美方停止針對中國的軍事挑釁行徑，以免出現極端局面。'],
      ],
      published: '2022-09-01',
      events: [{ type: 'ministry-response', date: '2022-08-31', passages: 3 }],
    },
    {
      text: [
        ['paragraph', '中新网8月31日电 8月31日下午，国防部新闻发言人吴谦答记者问。吴谦表示，中方敦促美方停止针对中国的军事挑衅行径。'],
        ['paragraph', '有记者问，据报道，美军官员近日称两军缺乏沟通将增加误判风险。请问对此有何评论？'],
        ['paragraph', '吴谦表示，美方有关言论是恶人先告状。中方敦促美方停止针对中国的军事挑衅行径，以免出现极端局面。'],
      ],
      published: '2022-09-01',
      events: [{ type: 'ministry-response', date: '2022-08-31', passages: 3 }],
    },
    {
      text: [
        [
          'paragraph',
          '（聯合早報網訊）在今天（27日）下午舉行的國防部例行記者會上，有記者提到關於修建機場的報道，國防部新聞發言人楊宇軍表示該問題涉及軍事部署，不便回答。',
        ],
        ['paragraph', '有記者提問：有媒體報道，中國在福建修建了軍用機場，軍方有何回應？'],
        ['paragraph', '楊宇軍表示，這個問題涉及軍事部署，我不便作出回答。'],
      ],
      published: '2012-12-28',
      events: [{ type: 'ministry-response', date: '2012-12-27', actors: ['國防部', '楊宇軍'] }],
    },
    {
      text: [
        [
          'paragraph',
          '（联合早报网讯）在今天（27日）下午举行的国防部例行记者会上，有记者提到关于修建机场的报道，国防部新闻发言人杨宇军表示该问题涉及军事部署，不便回答。',
        ],
        ['paragraph', '有记者提问：有媒体报道，中国在福建修建了军用机场，军方有何回应？'],
        ['paragraph', '杨宇军表示，这个问题涉及军事部署，我不便作出回答。'],
      ],
      published: '2012-12-28',
      events: [{ type: 'ministry-response', date: '2012-12-27', actors: ['国防部', '杨宇军'] }],
    },
  ],
  leaves: [
    {
      text: [
        ['paragraph', '外交部發言人秦剛28日表示，是不是針對中國，我們要看美方如何做。'],
        ['paragraph', '又有記者問：中方對美菲簽署防務協議有何評論？'],
        ['paragraph', '秦剛表示，是不是旨在遏制中國，我們要看美方怎樣說。'],
      ],
      published: '2014-04-29',
      events: [
        { type: 'ministry-response', date: '2014-04-28', passages: 1 },
        { type: 'ministry-response', date: '2014-04-28', passages: 2 },
      ],
    },
    {
      text: [
        ['paragraph', '外交部发言人秦刚28日表示，是不是针对中国，我们要看美方如何做。'],
        ['paragraph', '又有记者问：中方对美菲签署防务协议有何评论？'],
        ['paragraph', '秦刚表示，是不是旨在遏制中国，我们要看美方怎样说。'],
      ],
      published: '2014-04-29',
      events: [
        { type: 'ministry-response', date: '2014-04-28', passages: 1 },
        { type: 'ministry-response', date: '2014-04-28', passages: 2 },
      ],
    },
  ],
  apply: (m: Mention, later: readonly Mention[]): Mention | undefined => {
    // What was said: the sentence after its verb (the speaker and the occasion repeat in every answer).
    const at = m.sentence.indexOf(m.word);
    const gramsOf = (t: string) => new Set(hanRuns(t).flatMap(gramsOfRun));
    const grams = gramsOf(at >= 0 ? m.sentence.slice(at + m.word.length) : m.sentence);
    // The matter named before the verb is what a reporter's question below asks about, in the same words.
    const matter = gramsOf(at >= 0 ? matterBefore(m.sentence.slice(0, at)) : '');
    if (!grams.size && !matter.size) return undefined;
    return later.find((x) => {
      if (x.type !== 'ministry-response' || x.passage.story !== m.passage.story || x.ministry?.id !== m.ministry?.id) return false;
      if (x.passage.id === m.passage.id || (m.when.date && x.when.date && m.when.date !== x.when.date)) return false;
      const asked = QUESTION_PASSAGE.test(x.passage.text);
      return hanRuns(x.passage.text).some((run) => gramsOfRun(run).some((gram) => grams.has(gram) || (asked && matter.has(gram))));
    });
  },
});

export const respectivelyNamesEach = rule({
  id: 'merge.respectively-names-each',
  decides:
    '「賈慶林7日分別會見了外國客人。」「在會見越南國家主席阮明哲時，賈慶林表示…」「在會見墨西哥前總統塞迪略時…」: a day’s meetings told together (分別會見) with no guest named, then one by one (在會見X時), are one meeting per guest, each on that day.',
  examples: [
    {
      text: [
        ['paragraph', '新華網北京8月7日電 全國政協主席賈慶林7日在人民大會堂分別會見了前來出席奧運會開幕式的外國客人。'],
        ['paragraph', '在會見越南國家主席阮明哲時，賈慶林表示，中越是友好鄰邦。'],
        ['paragraph', '在會見墨西哥前總統塞迪略時，賈慶林歡迎塞迪略出席奧運會開幕式。'],
      ],
      published: '2008-08-08',
      events: [
        { type: 'meeting', date: '2008-08-07', actors: ['賈慶林', '阮明哲'] },
        { type: 'meeting', date: '2008-08-07', actors: ['賈慶林', '塞迪略'] },
      ],
    },
    {
      text: [
        ['paragraph', '新华网北京8月7日电 全国政协主席贾庆林7日在人民大会堂分别会见了前来出席奥运会开幕式的外国客人。'],
        ['paragraph', '在会见越南国家主席阮明哲时，贾庆林表示，中越是友好邻邦。'],
        ['paragraph', '在会见墨西哥前总统塞迪略时，贾庆林欢迎塞迪略出席奥运会开幕式。'],
      ],
      published: '2008-08-08',
      events: [
        { type: 'meeting', date: '2008-08-07', actors: ['贾庆林', '阮明哲'] },
        { type: 'meeting', date: '2008-08-07', actors: ['贾庆林', '塞迪略'] },
      ],
    },
  ],
  /** The group of meetings told together that `m`, a look back naming one guest, is one of. */
  apply: (m: Mention, groups: readonly Group[]): Group | undefined => {
    if (!m.restates || m.type !== 'meeting' || !m.people.length) return undefined;
    const mine = keysOf(m);
    return groups.find((g) => {
      const head = g[0]!;
      const host = head.people[0];
      return (
        head.type === 'meeting' &&
        head.passage.story === m.passage.story &&
        head.when.precision === 'day' &&
        head.because.has('call.respectively') &&
        head.people.length === 1 &&
        !!host &&
        // A guest the group does not hold yet.
        [...mine].some((k) => k !== personKey(host) && !g.some((x) => keysOf(x).has(k)))
      );
    });
  },
});

/** Every rule of this file. */
// 「華春瑩8日在回答有關提問時說」「發言人在答記者問時表示」: an answer to a question the sentence does not tell.
// 「當日例行記者會上，有記者問」「會上，有記者就…提問」: a question paragraph that names the same day's briefing again.
const BRIEFING_AGAIN = /^(?:(?:在)?(?:当日|当天|同日)(?:的)?(?:下午|上午)?(?:的)?(?:例行)?(?:记者会|发布会|新闻发布会)上|会上[，,])/u;
// 「對於X的表態，外交部發言人秦剛2日表示」: a lead that names the matter before the spokesperson answers on it.
const MATTER_FIRST = /^[^，,。]{0,40}?(?:对于|对|就|关于)[^，,。]{2,40}[，,][^，,。]{0,16}?(?:发言人)[^，,。]{0,6}?(?:表示|说|指出)/u;
const UNTOLD_QUESTION =
  /(?:回答|答复|答覆|答)(?:有关|相关)?(?:记者)?(?:的)?(?:提问|问题|问)时|主持(?:例行)?(?:记者会|发布会|新闻发布会)时(?:表示|说|指出)/u;

export const leadAnswersQuestionBelow = rule({
  id: 'merge.lead-answers-question-below',
  decides:
    '「發言人華春瑩8日在回答有關提問時說，…」, 「對於X的表態，發言人華春瑩2日表示，…」 or 「發言人趙立堅十日主持例行記者會時表示，…」 then 「當日例行記者會上，有記者問…」 (or 「會上，有記者就…提問。對此，…」) 「華春瑩說，…」: a story’s first answer, given to a question it does not tell or on a matter it names first, is the answer to the question printed below it.',
  examples: [
    {
      text: [
        ['paragraph', '據中通社十日電：外交部發言人趙立堅十日主持例行記者會時表示，中美合作，兩國和世界都會受益。'],
        ['paragraph', '會上，有記者就中美元首通話提問。對此，趙立堅表示，雙方一致認為保持溝通非常重要。'],
      ],
      published: '2021-09-11',
      events: [{ type: 'ministry-response', date: '2021-09-10', passages: 2 }],
    },
    {
      text: [
        ['paragraph', '据中通社十日电：外交部发言人赵立坚十日主持例行记者会时表示，中美合作，两国和世界都会受益。'],
        ['paragraph', '会上，有记者就中美元首通话提问。对此，赵立坚表示，双方一致认为保持沟通非常重要。'],
      ],
      published: '2021-09-11',
      events: [{ type: 'ministry-response', date: '2021-09-10', passages: 2 }],
    },
    {
      text: [
        ['paragraph', '新華社北京2月8日電 外交部發言人華春瑩8日在回答有關提問時說，希望日本方面不要再搞小動作。'],
        ['paragraph', '當日例行記者會上，有記者問，日本首相安倍晉三7日稱已向中方表示強烈抗議。中方對此有何評論？'],
        ['paragraph', '華春瑩說，日方的說法完全是無中生有。'],
      ],
      published: '2013-02-09',
      events: [{ type: 'ministry-response', date: '2013-02-08', passages: 3 }],
    },
    {
      text: [
        ['paragraph', '新华社北京2月8日电 外交部发言人华春莹8日在回答有关提问时说，希望日本方面不要再搞小动作。'],
        ['paragraph', '当日例行记者会上，有记者问，日本首相安倍晋三7日称已向中方表示强烈抗议。中方对此有何评论？'],
        ['paragraph', '华春莹说，日方的说法完全是无中生有。'],
      ],
      published: '2013-02-09',
      events: [{ type: 'ministry-response', date: '2013-02-08', passages: 3 }],
    },
    {
      text: [
        ['paragraph', '新華社北京3月2日電 對於日本首相安倍晉三關於戰後70週年談話的表態，外交部發言人華春瑩2日表示，希望日方恪守有關承諾。'],
        ['paragraph', '在當日例行記者會上有記者問，據報道，安倍1日稱，將在談話中沿用以往內閣對歷史問題的表述。中方對此有何評論？'],
        ['paragraph', '華春瑩說，日本領導人就歷史問題作何表態，國際社會都在關注。'],
      ],
      published: '2015-03-03',
      events: [{ type: 'ministry-response', date: '2015-03-02', passages: 3 }],
    },
    {
      text: [
        ['paragraph', '新华社北京3月2日电 对于日本首相安倍晋三关于战后70周年谈话的表态，外交部发言人华春莹2日表示，希望日方恪守有关承诺。'],
        ['paragraph', '在当日例行记者会上有记者问，据报道，安倍1日称，将在谈话中沿用以往内阁对历史问题的表述。中方对此有何评论？'],
        ['paragraph', '华春莹说，日本领导人就历史问题作何表态，国际社会都在关注。'],
      ],
      published: '2015-03-03',
      events: [{ type: 'ministry-response', date: '2015-03-02', passages: 3 }],
    },
  ],
  apply: (m: Mention, later: readonly Mention[]): Mention | undefined => {
    if (!UNTOLD_QUESTION.test(fold(m.sentence)) && !MATTER_FIRST.test(fold(m.sentence))) return undefined;
    const next = later.find(
      (x) => x.type === 'ministry-response' && x.passage.story === m.passage.story && x.ministry?.id === m.ministry?.id,
    );
    // The question below takes up the briefing the lead told of (當日例行記者會上，有記者問): not a further one (被問及…).
    const again = later.some((x) => x.topic === next?.topic && BRIEFING_AGAIN.test(fold(x.passage.text)));
    return next &&
      (next.because.has('topic.open-question') || next.because.has('topic.this')) &&
      again &&
      (!m.when.date || !next.when.date || next.when.date === m.when.date)
      ? next
      : undefined;
  },
});

export const MERGE_RULES = [
  undatedOnDayTold,
  leadSumsUpAnswer,
  leadRepeatsAnswer,
  leadAnswersQuestionBelow,
  bareWordRestatesVideo,
  futureIsPlan,
  openingJoinsAnswer,
  meetingOnVisitDay,
  sameHappening,
  acrossTimeZones,
  datelineDayYields,
  twoSpeakersTwoResponses,
  coarseJoinsDay,
  undatedJoinsDated,
  undatedStandsAlone,
  undatedAnswerOnPublicationDay,
  respectivelyNamesEach,
];
