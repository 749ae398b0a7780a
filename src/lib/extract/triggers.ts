/**
 * Call and meeting trigger words in folded text (通電話, 視頻會晤, 會見 …), from the data,
 * minus the words that merely contain them (普通話) unless a name ends there (特朗普通話). The same
 * list keeps response words out of longer words (聯合聲明).
 */
import { ALL_ON, rule, type RuleSet } from './engine.ts';
import type { Lexicon, TriggerEntry } from './lexicon.ts';

/** A call or meeting word found in the text. */
export interface TriggerHit extends TriggerEntry {
  start: number;
  end: number;
  word: string;
  because: string[];
}

function nameEndsAt(lex: Lexicon, s: string, at: number): boolean {
  for (let k = Math.max(0, at - 8); k < at; k++) {
    const hit = lex.people.at(s, k);
    if (hit && hit.end === at) return true;
  }
  return false;
}

/** Whether `s[from, to)` holds one of `words`: a pattern that needs one is not run where none is. */
const holdsAny = (s: string, from: number, to: number, words: readonly string[]) =>
  words.some((w) => {
    const at = s.indexOf(w, from);
    return at >= 0 && at + w.length <= to;
  });

/** The word each match of a pattern in `s[from, to)` captures (its 電話, 峰會, 磋商), as a trigger of `kind`; `needs`: words every match holds; `keep`: the matches that count. */
function hitsOf(
  re: RegExp,
  s: string,
  from: number,
  to: number,
  kind: TriggerEntry,
  id: string,
  needs: readonly string[],
  keep: (m: RegExpMatchArray) => boolean = () => true,
): TriggerHit[] {
  if (!holdsAny(s, from, to, needs)) return [];
  return [...s.slice(from, to).matchAll(re)].filter(keep).map((m) => {
    const word = m.slice(1).find(Boolean) ?? m[0];
    const start = from + m.index + m[0].lastIndexOf(word);
    return { ...kind, word, start, end: start + word.length, because: [id] };
  });
}

const PHONE_CALL = { type: 'call', mode: 'phone' } as const;
const PHONE = ['电话'];

export const triggerWord = rule({
  id: 'trigger.word',
  decides: 'A call or meeting word from data/triggers.json (通電話, 視頻會晤, 會見 …) makes a candidate.',
  examples: [
    {
      text: '日本首相安倍晉三7日與美國總統特朗普進行了約25分鐘的電話磋商。',
      published: '2017-03-08',
      events: [{ type: 'call', date: '2017-03-07', actors: ['安倍晉三', '特朗普'] }],
    },
    {
      text: '日本首相安倍晋三7日与美国总统特朗普进行了约25分钟的电话磋商。',
      published: '2017-03-08',
      events: [{ type: 'call', date: '2017-03-07', actors: ['安倍晋三', '特朗普'] }],
    },
    {
      text: '本月16日，王文涛部长与东盟秘书长高金洪举行视频会谈。',
      published: '2025-07-24',
      events: [{ type: 'meeting', date: '2025-07-16', actors: ['王文涛', '高金洪'] }],
    },
    {
      text: '國家主席習近平21日同俄羅斯總統普京舉行視頻會晤。',
      published: '2025-01-22',
      events: [{ type: 'meeting', date: '2025-01-21', actors: ['習近平', '普京'] }],
    },
    {
      text: '中国国务院副总理丁薛祥昨天与新加坡副总理颜金勇共同主持双边合作联合委员会第21次会议。',
      published: '2026-01-09',
      outlet: '联合早报',
      events: [{ type: 'meeting', date: '2026-01-08', actors: ['丁薛祥', '颜金勇'] }],
    },
  ],
  apply: (lex: Lexicon, s: string, from: number, to: number) => lex.triggers.all(s, from, to),
});

export const nameBeforeLongerWord = rule({
  id: 'trigger.name-before-longer-word',
  decides: '特朗普通話: a longer word that would swallow the trigger (普通話) does not when a known name ends right before the trigger.',
  examples: [
    {
      text: '國家主席習近平昨日應約與特朗普通話。',
      published: '2025-06-06',
      events: [{ type: 'call', date: '2025-06-05', actors: ['習近平', '特朗普'] }],
    },
    {
      text: '国家主席习近平昨日应约与特朗普通话。',
      published: '2025-06-06',
      events: [{ type: 'call', date: '2025-06-05', actors: ['习近平', '特朗普'] }],
    },
  ],
  apply: (lex: Lexicon, s: string, hitStart: number, start: number) => hitStart < start && nameEndsAt(lex, s, start),
});

export const insideLongerWord = rule({
  id: 'trigger.inside-longer-word',
  decides: '普通話, 會見記者, 與媒體記者茶敘, 聯合聲明, 參加會見, 會面對: a word inside a longer one listed as not meaning it is no cue.',
  examples: [
    { text: '外交部政務次長沈呂巡18日下午與媒體記者茶敘，說明近期外交工作。', published: '2009-11-19', events: [] },
    { text: '外交部政务次长沈吕巡18日下午与媒体记者茶叙，说明近期外交工作。', published: '2009-11-19', events: [] },
    {
      text: '會談後，兩國外長共同簽署《中華人民共和國外交部和斯洛伐克共和國外交部關於加強雙邊對話合作的聯合聲明》。',
      published: '2025-04-25',
      events: [],
    },
    {
      text: '会谈后，两国外长共同签署《中华人民共和国外交部和斯洛伐克共和国外交部关于加强双边对话合作的联合声明》。',
      published: '2025-04-25',
      events: [],
    },
    {
      text: '外交部長王毅7日在人民大會堂會見記者，就中國外交政策回答中外記者提問。',
      published: '2021-03-08',
      events: [{ type: 'ministry-response', date: '2021-03-07', actors: ['外交部', '王毅'] }],
    },
    {
      text: '国务委员兼外交部长王毅7日出席记者会，会见记者并回答提问。',
      published: '2021-03-08',
      events: [{ type: 'ministry-response', date: '2021-03-07', actors: ['外交部', '王毅'] }],
    },
    { text: '陸委會預期2026年兩岸關係還是會面對諸多挑戰。', published: '2026-01-08', events: [] },
    { text: '陆委会预期2026年两岸关系还是会面临诸多挑战。', published: '2026-01-08', events: [] },
  ],
  apply: (lex: Lexicon, s: string, start: number, end: number, rules: RuleSet): boolean => {
    for (let k = Math.max(0, start - 4); k < end; k++) {
      const hit = lex.exclusions.at(s, k);
      if (hit && hit.start < end && hit.end > start)
        return !rules.when(nameBeforeLongerWord, undefined, () => nameBeforeLongerWord.apply(lex, s, hit.start, start));
    }
    return false;
  },
});

// 「接獲江澤民電話」「接到普京打來的電話」: 電話 received is a call.
// (A name's original in brackets counts as one: 接到巴基斯坦總理夏巴茲.夏立夫(Shehbaz Sharif)電話.)
const RECEIVED_CALL = /(?:接获|接到|接听)了?(?:[^，,。；;！？（(]|[（(][^）)，。]{1,40}[）)]){0,20}?(?:打来)?的?(电话)/gu;

export const callReceived = rule({
  id: 'trigger.call-received',
  decides: '「葉利欽接獲江澤民電話」「接到普京打來的電話」: 電話 received (接獲, 接到, 接聽) is a call; the caller is named between.',
  examples: [
    {
      text: '俄羅斯總統葉利欽25日接獲國家主席江澤民電話，雙方討論兩國關係。',
      published: '1999-08-26',
      events: [{ type: 'call', date: '1999-08-25', actors: ['葉利欽', '江澤民'] }],
    },
    {
      text: '俄罗斯总统叶利钦25日接到国家主席江泽民打来的电话，双方讨论两国关系。',
      published: '1999-08-26',
      events: [{ type: 'call', date: '1999-08-25', actors: ['叶利钦', '江泽民'] }],
    },
    {
      text: '首相安華在臉書指出，他昨天接到巴基斯坦總理夏巴茲.夏立夫(Shehbaz Sharif)電話，雙方同意拓展貿易。',
      published: '2024-04-11',
      events: [{ type: 'call', date: '2024-04-10' }],
    },
    {
      text: '首相安华在脸书指出，他昨天接到巴基斯坦总理夏巴兹.夏立夫(Shehbaz Sharif)电话，双方同意拓展贸易。',
      published: '2024-04-11',
      events: [{ type: 'call', date: '2024-04-10' }],
    },
  ],
  leaves: [
    { text: '外交部25日接到多個記者來電詢問此事。', published: '1999-08-26', events: [] },
    { text: '10月9日下午，中國警方接到韓國國際學校的報警電話。', published: '2007-10-11', events: [] },
    { text: '10月9日下午，中国警方接到韩国国际学校的报警电话。', published: '2007-10-11', events: [] },
  ],
  apply: (s: string, from: number, to: number): TriggerHit[] => hitsOf(RECEIVED_CALL, s, from, to, PHONE_CALL, callReceived.id, PHONE),
});

// 「普京在與習近平的電話中表示」「拜登在電話中對習近平說」「金正恩給習近平打來電話」: a call told as the setting of what
// was said, or as made to someone.
const CALL_AS_SETTING =
  /在(?:与|同|和|跟)[^，,。；;！？]{1,24}?的(电话)(?:中|里|上)|在(电话)(?:中|里)(?:对|向)(?!记者|媒体)|给[^，,。；;！？]{1,16}?打来了?的?(电话)/gu;

export const callAsSetting = rule({
  id: 'trigger.call-as-setting',
  decides:
    '「普京在與習近平的電話中表示」「拜登在電話中對習近平說」「金正恩給習近平打來電話」: 電話 as the setting of what was said (在…電話中) or made to someone (給X打來電話) is a call.',
  examples: [
    {
      text: '俄羅斯總統普京3日在與國家主席習近平的電話中表示，俄方支持中方立場。',
      published: '2024-05-04',
      events: [{ type: 'call', date: '2024-05-03', actors: ['普京', '習近平'] }],
    },
    {
      text: '俄罗斯总统普京3日在与国家主席习近平的电话中表示，俄方支持中方立场。',
      published: '2024-05-04',
      events: [{ type: 'call', date: '2024-05-03', actors: ['普京', '习近平'] }],
    },
  ],
  leaves: [
    {
      text: '外交部3日在電話中向記者證實了這一消息。',
      published: '2024-05-04',
      events: [{ type: 'ministry-response', date: '2024-05-03', actors: ['外交部'] }],
    },
    {
      text: '外交部3日在电话中向记者证实了这一消息。',
      published: '2024-05-04',
      events: [{ type: 'ministry-response', date: '2024-05-03', actors: ['外交部'] }],
    },
  ],
  apply: (s: string, from: number, to: number): TriggerHit[] => hitsOf(CALL_AS_SETTING, s, from, to, PHONE_CALL, callAsSetting.id, PHONE),
});

// 「通了一個小時的電話」「通了40多分鐘電話」: a call told with its length.
const CALL_OF_A_LENGTH = /通了(?:一个|半个|两个|[一二两三四五六七八九十\d]{1,3}个?)?多?(?:半)?(?:小时|钟头|分钟)(?:的)?(电话)/gu;

export const callOfALength = rule({
  id: 'trigger.call-of-a-length',
  decides: '「和胡錦濤通了一個小時的電話」「通了40多分鐘電話」: a call told with its length (通了…的電話) is a call.',
  examples: [
    {
      text: '美國總統歐巴馬1日晚間在專機上和中國國家主席胡錦濤通了一個小時的電話。',
      published: '2010-04-02',
      events: [{ type: 'call', date: '2010-04-01', actors: ['歐巴馬', '胡錦濤'] }],
    },
    {
      text: '美国总统奥巴马1日晚间在专机上和中国国家主席胡锦涛通了40多分钟电话。',
      published: '2010-04-02',
      events: [{ type: 'call', date: '2010-04-01', actors: ['奥巴马', '胡锦涛'] }],
    },
  ],
  apply: (s: string, from: number, to: number): TriggerHit[] => hitsOf(CALL_OF_A_LENGTH, s, from, to, PHONE_CALL, callOfALength.id, PHONE),
});

// 「拜登與菅義偉17日在華府舉行美日領袖高峰會」「與王毅和尹炳世舉行了晚餐會」: a summit or a working meal held by two sides joined by 與 in one clause.
const SUMMIT_HELD = /(?:与|同|和|跟)[^，,。；;、]{1,24}?举行[^，,。；;、期]{0,10}?(峰会|[早午晚]餐会)(?!期间|前夕|上|前|后|开幕|闭幕)/gu;

export const summitHeld = rule({
  id: 'trigger.summit-held',
  decides:
    '「拜登與菅義偉17日在華府舉行美日領袖高峰會」「習近平與拜登舉行峰會」「岸田文雄23日晚與王毅和尹炳世舉行了晚餐會」: a summit or a working meal two sides joined by 與 (同, 和) hold in one clause is their meeting; a summit attended or happening around (出席峰會, 峰會期間), or a luncheon attended (參加一個午餐會), is none.',
  examples: [
    {
      text: '美國總統拜登與日本首相菅義偉17日在白宮舉行美日領袖高峰會。',
      published: '2021-04-18',
      events: [{ type: 'meeting', date: '2021-04-17', actors: ['拜登', '菅義偉'] }],
    },
    {
      text: '美国总统拜登与日本首相菅义伟17日在白宫举行美日领导人峰会。',
      published: '2021-04-18',
      events: [{ type: 'meeting', date: '2021-04-17', actors: ['拜登', '菅义伟'] }],
    },
    {
      text: '日本外相岸田文雄23日晚在東京一家酒店與中國外長王毅和韓國外長尹炳世舉行了晚餐會。',
      published: '2016-08-25',
      events: [{ type: 'meeting', date: '2016-08-23', actors: ['岸田文雄', '王毅', '尹炳世'] }],
    },
    {
      text: '日本外相岸田文雄23日晚在东京一家酒店与中国外长王毅和韩国外长尹炳世举行了晚餐会。',
      published: '2016-08-25',
      events: [{ type: 'meeting', date: '2016-08-23', actors: ['岸田文雄', '王毅', '尹炳世'] }],
    },
  ],
  leaves: [
    { text: '中國駐加拿大大使叢培武週四在蒙特利爾參加一個午餐會後接受記者採訪。', published: '2019-12-06', events: [] },
    { text: '中国驻加拿大大使丛培武周四在蒙特利尔参加一个午餐会后接受记者采访。', published: '2019-12-06', events: [] },
    { text: '国务院总理李强17日出席东盟峰会，并发表讲话。', published: '2024-10-18', events: [] },
    { text: '國務院總理李強17日出席東盟峰會，並發表講話。', published: '2024-10-18', events: [] },
    { text: '美國國家安全顧問蘇利文27日在七國集團峰會期間表示，兩國元首將會通話。', published: '2022-06-28', events: [] },
    { text: '美国国家安全顾问沙利文27日在七国集团峰会期间表示，两国元首将会通话。', published: '2022-06-28', events: [] },
  ],
  apply: (s: string, from: number, to: number): TriggerHit[] =>
    hitsOf(SUMMIT_HELD, s, from, to, { type: 'meeting', mode: 'in-person' }, summitHeld.id, ['举行']),
});

// 「習近平16日在中南海聽取特首李家超述職報告」「賀一誠到北京述職，在紫光閣向李克強匯報」: a chief executive's duty report heard
// (the one reporting written as a chief executive or 他, 她).
const DUTY_REPORT =
  /(听取)了?[^，,。；;]{0,30}?(?:行政长官|特首|他|她)[^，,。；;]{0,30}?(?:述职|汇报)|述职[^。；;]{0,40}?向[^，,。；;]{1,24}?(汇报)/gu;

export const dutyReport = rule({
  id: 'trigger.duty-report',
  decides:
    '「習近平16日在北京中南海聽取香港特首李家超述職報告」「賀一誠前日下午在紫光閣向國務院總理李克強匯報」 on a duty visit (述職): a leader hearing a chief executive’s report (one written as a chief executive or 他, 她), or the chief executive reporting to a leader, is their meeting; opinions heard (聽取各方意見) and a department’s report (聽取有關部門的工作匯報) are none.',
  examples: [
    {
      text: '國家主席習近平16日在北京中南海聽取香港特首李家超述職報告。',
      published: '2025-12-17',
      events: [{ type: 'meeting', date: '2025-12-16', actors: ['習近平', '李家超'] }],
    },
    {
      text: '国家主席习近平16日在北京中南海听取香港特首李家超述职报告。',
      published: '2025-12-17',
      events: [{ type: 'meeting', date: '2025-12-16', actors: ['习近平', '李家超'] }],
    },
    {
      text: '到北京述職的行政長官賀一誠前日下午在中南海紫光閣向國務院總理李克強匯報特區一年來的工作。',
      published: '2022-12-24',
      events: [{ type: 'meeting', date: '2022-12-22', actors: ['賀一誠', '李克強'] }],
    },
    {
      text: '到北京述职的行政长官贺一诚前日下午在中南海紫光阁向国务院总理李克强汇报特区一年来的工作。',
      published: '2022-12-24',
      events: [{ type: 'meeting', date: '2022-12-22', actors: ['贺一诚', '李克强'] }],
    },
  ],
  leaves: [
    { text: '外交部長王毅14日在北京聽取各方意見。', published: '2025-03-15', events: [] },
    { text: '外交部长王毅14日在北京听取各方意见。', published: '2025-03-15', events: [] },
    { text: '國務院總理溫家寶26日在中南海聽取了有關部門的工作匯報。', published: '2011-06-27', events: [] },
    { text: '国务院总理温家宝26日在中南海听取了有关部门的工作汇报。', published: '2011-06-27', events: [] },
  ],
  apply: (s: string, from: number, to: number): TriggerHit[] =>
    hitsOf(DUTY_REPORT, s, from, to, { type: 'meeting', mode: 'in-person' }, dutyReport.id, ['述职', '汇报']),
});

// 「大使黃溪連25日向菲律賓總統小馬可斯辭行」: an envoy's farewell call on a host (向X辭行) is their meeting.
const FAREWELL = /向[^，,。；;！？]{1,30}?(辞行)(?!的|拜会)/gu;

export const farewellCall = rule({
  id: 'trigger.farewell-call',
  decides:
    '「大使黃溪連25日上午向菲律賓總統小馬可斯辭行」「大使28日礼节性向柬埔寨国会主席辞行」: a farewell call on someone (向X辭行) is a meeting with them; one who comes to take leave (會見前往辭行的大使) is met by the 會見 instead.',
  examples: [
    {
      text: '中國駐菲律賓大使黃溪連25日上午向菲律賓總統小馬可斯辭行，雙方就兩國關係交換看法。',
      published: '2025-09-27',
      events: [{ type: 'meeting', date: '2025-09-25', actors: ['黃溪連', '小馬可斯'] }],
    },
    {
      text: '中国驻菲律宾大使黄溪连25日上午向菲律宾总统小马可斯辞行，双方就两国关系交换看法。',
      published: '2025-09-27',
      events: [{ type: 'meeting', date: '2025-09-25', actors: ['黄溪连', '小马可斯'] }],
    },
  ],
  apply: (s: string, from: number, to: number): TriggerHit[] =>
    hitsOf(FAREWELL, s, from, to, { type: 'meeting', mode: 'in-person' }, farewellCall.id, ['辞行']),
});

// 「習馬會」「胡吳會」: two leaders' names cut to one character each (after the opening mark) and 會, in quotation marks.
export const NICKNAME = /[「“"][\p{Script=Han}]{2}会[」”"]/gu;
// 「習馬會」7日在新加坡登場, “胡吳會”昨日舉行: a nickname, then in its clause what tells it is held (captured).
const NICKNAMED = new RegExp(`${NICKNAME.source}[^，,。；;！？]{0,40}?(登场|举行|展开|进行)`, 'gu');

export const nicknamedMeeting = rule({
  id: 'trigger.nicknamed-meeting',
  decides:
    '「習馬會」7日在新加坡登場, “胡吳會”昨日舉行: a meeting named in quotation marks by one character of each side’s name and 會 is a meeting when the clause tells it is held (登場, 舉行, 展開, 進行); one only talked about (「馬習會」的反應, 「川習會」後) is not.',
  examples: [
    {
      text: '兩岸領導人「習馬會」7日在新加坡登場，備受各方關注。',
      published: '2015-11-08',
      events: [{ type: 'meeting', date: '2015-11-07' }],
    },
    {
      text: '“习萧会”昨日在博鳌举行，双方谈及两岸经济合作。',
      published: '2013-04-09',
      events: [{ type: 'meeting', date: '2013-04-08' }],
    },
  ],
  leaves: [
    { text: '總統說，「馬習會」的反應相當正面，美方也表示歡迎。', published: '2015-11-09', events: [] },
    { text: '总统说，“马习会”的反应相当正面，美方也表示欢迎。', published: '2015-11-09', events: [] },
  ],
  // (Each character must begin a known person's name: 「上交會」 is a trade fair's.)
  apply: (lex: Lexicon, s: string, from: number, to: number): TriggerHit[] =>
    hitsOf(NICKNAMED, s, from, to, { type: 'meeting', mode: 'in-person' }, nicknamedMeeting.id, ['会'], (m) =>
      [...m[0].slice(1, 3)].every((c) => lex.nameInitials.has(c)),
    ),
});

export const insideTitleMarks = rule({
  id: 'trigger.inside-title-marks',
  decides: '「《中美元首杭州會晤中方成果清單》」: a word inside title marks names a document, a book or a programme, not a happening.',
  examples: [
    { text: '9月4日，中方發布一萬餘字的《中美元首杭州會晤中方成果清單》，共有35項。', published: '2016-09-06', events: [] },
    { text: '9月4日，中方发布一万余字的《中美元首杭州会晤中方成果清单》，共有35项。', published: '2016-09-06', events: [] },
  ],
  apply: (s: string, start: number): boolean => {
    const open = s.lastIndexOf('《', start);
    if (open < 0 || s.lastIndexOf('》', start) > open) return false;
    const close = s.indexOf('》', start);
    return close >= 0 && close - open <= 40;
  },
});

/** Whether the word at `[start, end)` is part of a longer word listed as not meaning it (普通話, 聯合聲明). */
export function excluded(lex: Lexicon, s: string, start: number, end: number, rules: RuleSet = ALL_ON): boolean {
  return rules.when(insideLongerWord, undefined, () => insideLongerWord.apply(lex, s, start, end, rules));
}

/** Every call or meeting word in `s[from, to)`. */
export function findTriggers(lex: Lexicon, s: string, from = 0, to = s.length, rules: RuleSet = ALL_ON): TriggerHit[] {
  if (!rules.on(triggerWord)) return [];
  const words = triggerWord
    .apply(lex, s, from, to)
    .filter(
      (h) => !excluded(lex, s, h.start, h.end, rules) && !rules.when(insideTitleMarks, undefined, () => insideTitleMarks.apply(s, h.start)),
    )
    .map((h) => ({ ...h.value, start: h.start, end: h.end, word: h.phrase, because: [triggerWord.id] }));
  const more = [
    ...(rules.on(callReceived) ? callReceived.apply(s, from, to) : []),
    ...(rules.on(callOfALength) ? callOfALength.apply(s, from, to) : []),
    ...(rules.on(summitHeld) ? summitHeld.apply(s, from, to) : []),
    ...(rules.on(callAsSetting) ? callAsSetting.apply(s, from, to) : []),
    ...(rules.on(dutyReport) ? dutyReport.apply(s, from, to) : []),
    ...(rules.on(farewellCall) ? farewellCall.apply(s, from, to) : []),
    ...(rules.on(nicknamedMeeting) ? nicknamedMeeting.apply(lex, s, from, to) : []),
  ].filter((r) => !words.some((w) => w.start < r.end && r.start < w.end) && !excluded(lex, s, r.start, r.end, rules));
  return more.length ? [...words, ...more].sort((a, b) => a.start - b.start) : words;
}

/** The rules of this file. */
export const TRIGGER_RULES = [
  triggerWord,
  callReceived,
  callOfALength,
  summitHeld,
  callAsSetting,
  dutyReport,
  farewellCall,
  nicknamedMeeting,
  insideLongerWord,
  nameBeforeLongerWord,
  insideTitleMarks,
];
