/**
 * Names, outlets and topics the content generator composes its synthetic articles from.
 */

/** A person or body that takes part in generated events. */
export interface Person {
  id: string;
  name: string;
  en: string;
  kind: 'person' | 'organization';
  title: string;
  country: string;
  /** For spokespeople: the id of the body they speak for. */
  spokesperson?: string;
}

/** People and bodies, with their titles and the country they speak for. */
export const actors: Person[] = [
  { id: 'xi-jinping', name: '習近平', en: 'Xi Jinping', kind: 'person', title: '國家主席', country: 'CN' },
  { id: 'li-qiang', name: '李強', en: 'Li Qiang', kind: 'person', title: '國務院總理', country: 'CN' },
  { id: 'wang-yi', name: '王毅', en: 'Wang Yi', kind: 'person', title: '外交部長', country: 'CN' },
  { id: 'han-zheng', name: '韓正', en: 'Han Zheng', kind: 'person', title: '國家副主席', country: 'CN' },
  { id: 'vladimir-putin', name: '普京', en: 'Vladimir Putin', kind: 'person', title: '俄羅斯總統', country: 'RU' },
  { id: 'sergey-lavrov', name: '拉夫羅夫', en: 'Sergey Lavrov', kind: 'person', title: '俄羅斯外長', country: 'RU' },
  { id: 'donald-trump', name: '特朗普', en: 'Donald Trump', kind: 'person', title: '美國總統', country: 'US' },
  { id: 'marco-rubio', name: '魯比奧', en: 'Marco Rubio', kind: 'person', title: '美國國務卿', country: 'US' },
  { id: 'emmanuel-macron', name: '馬克龍', en: 'Emmanuel Macron', kind: 'person', title: '法國總統', country: 'FR' },
  { id: 'narendra-modi', name: '莫迪', en: 'Narendra Modi', kind: 'person', title: '印度總理', country: 'IN' },
  { id: 'lula-da-silva', name: '盧拉', en: 'Luiz Inácio Lula da Silva', kind: 'person', title: '巴西總統', country: 'BR' },
  { id: 'anthony-albanese', name: '阿爾巴尼斯', en: 'Anthony Albanese', kind: 'person', title: '澳洲總理', country: 'AU' },
  { id: 'anwar-ibrahim', name: '安華', en: 'Anwar Ibrahim', kind: 'person', title: '馬來西亞總理', country: 'MY' },
  { id: 'antonio-guterres', name: '古特雷斯', en: 'António Guterres', kind: 'person', title: '聯合國秘書長', country: 'UN' },
  { id: 'mfa-cn', name: '外交部', en: 'Ministry of Foreign Affairs', kind: 'organization', title: '', country: 'CN' },
  { id: 'mofcom-cn', name: '商務部', en: 'Ministry of Commerce', kind: 'organization', title: '', country: 'CN' },
  { id: 'guo-jiakun', name: '郭嘉昆', en: 'Guo Jiakun', kind: 'person', title: '外交部發言人', country: 'CN', spokesperson: 'mfa-cn' },
  { id: 'lin-jian', name: '林劍', en: 'Lin Jian', kind: 'person', title: '外交部發言人', country: 'CN', spokesperson: 'mfa-cn' },
  { id: 'mao-ning', name: '毛寧', en: 'Mao Ning', kind: 'person', title: '外交部發言人', country: 'CN', spokesperson: 'mfa-cn' },
  { id: 'he-yadong', name: '何亞東', en: 'He Yadong', kind: 'person', title: '商務部發言人', country: 'CN', spokesperson: 'mofcom-cn' },
];

/** Outlets, their script, byline mark and reporters. */
export const outlets = [
  { name: '大公報', language: 'zh-Hant' as const, byline: '●大公報', reporters: ['張文', '李慧'], photo: '（新華社）' },
  { name: '香港文匯報', language: 'zh-Hant' as const, byline: '●香港文匯報', reporters: ['馬靜', '陳思'], photo: '（中新社）' },
  { name: '聯合報', language: 'zh-Hant' as const, byline: '【聯合報】', reporters: ['林志明'], photo: '（路透）' },
  { name: '明報', language: 'zh-Hant' as const, byline: '明報', reporters: ['黃敏'], photo: '（美聯社）' },
  { name: '新華社', language: 'zh-Hans' as const, byline: '新華社', reporters: ['王朋', '劉華'], photo: '（新華社記者 攝）' },
];

/** What questions and talks are about, with the reply a spokesperson gives. */
export const topics = [
  { zh: '雙邊經貿合作', en: 'bilateral trade', stance: '主張通過對話解決分歧', ask: '停止單邊做法' },
  { zh: '烏克蘭危機', en: 'the Ukraine crisis', stance: '始終站在和平一邊', ask: '為停火止戰創造條件' },
  { zh: '加徵關稅', en: 'new tariffs', stance: '堅決反對濫用關稅', ask: '回到協商的正確軌道' },
  { zh: '南海局勢', en: 'the South China Sea', stance: '維護自身主權和海洋權益', ask: '停止挑釁行為' },
  { zh: '氣候變化合作', en: 'climate cooperation', stance: '願同各方加強合作', ask: '切實履行承諾' },
  { zh: '半導體出口管制', en: 'chip export controls', stance: '反對將經貿問題政治化', ask: '糾正錯誤做法' },
  { zh: '中東局勢', en: 'the Middle East', stance: '支持通過政治途徑解決問題', ask: '保持冷靜克制' },
  { zh: '朝鮮半島問題', en: 'the Korean Peninsula', stance: '致力於半島和平穩定', ask: '相向而行' },
  { zh: '世界衞生組織', en: 'the World Health Organization', stance: '支持世衞組織發揮作用', ask: '承擔應有的國際責任' },
  { zh: '台灣問題', en: 'Taiwan', stance: '堅持一個中國原則', ask: '恪守有關承諾' },
] as const;

/** Where meetings take place. */
export const venues = [
  '北京人民大會堂',
  '釣魚台國賓館',
  '莫斯科克里姆林宮',
  '華盛頓',
  '紐約聯合國總部',
  '巴黎愛麗舍宮',
  '新德里',
  '吉隆坡',
];
