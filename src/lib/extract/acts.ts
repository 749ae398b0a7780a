/**
 * The kinds of "other" diplomatic acts a trigger word names: relations established, severed or restored,
 * credentials presented, a mission opened, a visit begun or set out on (抵達, 啟程, 離開, 開始對…訪問), a message of
 * congratulations or condolences sent (致電祝賀, told by a call's word). Rules, merging and
 * titles share them. An envoy summoned is a meeting, told apart by its word.
 */
export type ActKind = 'relations' | 'credentials' | 'mission' | 'visit' | 'message';

/** True when a meeting word (as written, either script) summons an envoy: 召見, 召喚, 約見, 約談. */
export const isSummons = (word: string): boolean => /^(?:召[見见晤喚唤]|[約约][見见談谈])$/u.test(word);

/** The kind of act a trigger word (as written, either script) names. */
export function actKind(word: string): ActKind {
  if (/^致(?:[賀贺唁]|慰[問问])?[電电信函]$/u.test(word)) return 'message';
  if (/[國国][書书]/u.test(word)) return 'credentials';
  if (/[館馆]/u.test(word)) return 'mission';
  if (/抵|[啟启]程|[離离]開|离开|[開开]始[對对]/u.test(word)) return 'visit';
  return 'relations';
}

/** An act's English title: relations by the clause that tells them (恢復建交 is relations restored). */
export function actTitleEn(kind: ActKind, clause: string, who = '', to = ''): string {
  if (kind === 'visit') {
    const out = /[啟启]程|[離离]開|离开/u.test(clause);
    // 開始對美國進行訪問: the visit itself begins.
    if (!/抵/u.test(clause) && /[開开]始[對对]/u.test(clause)) return who ? `${who} begins a visit` : 'Visit begun';
    if (!who) return out ? 'Departure on a visit' : 'Arrival on a visit';
    return `${who} ${out ? 'sets out on a visit' : 'arrives on a visit'}`;
  }
  if (kind === 'message') {
    const what = /[賀贺]/u.test(clause) ? 'congratulations' : /[慰唁哀悼]/u.test(clause) ? 'condolences' : 'a message';
    // 互致賀電: the two exchange them.
    if (who && to && /互致/u.test(clause)) return `${who} and ${to} exchange ${what === 'a message' ? 'messages' : what}`;
    return who ? `${who} sends ${what}${to ? ` to ${to}` : ''}` : 'Message sent';
  }
  if (kind === 'credentials') return 'Credentials presented';
  if (kind === 'mission') return 'Mission opened';
  if (/[斷断]/u.test(clause)) return 'Diplomatic relations severed';
  if (/[復复]交|恢[復复]/u.test(clause)) return 'Diplomatic relations restored';
  return 'Diplomatic relations established';
}
