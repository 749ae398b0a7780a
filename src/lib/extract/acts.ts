/**
 * The kinds of "other" diplomatic acts a trigger word names: an envoy summoned, relations established,
 * severed or restored, credentials presented, a mission opened. Rules, merging and titles share them.
 */
export type ActKind = 'summons' | 'relations' | 'credentials' | 'mission';

/** The kind of act a trigger word (as written, either script) names. */
export function actKind(word: string): ActKind {
  if (/^(?:召[見见晤]|[約约][見见談谈])$/u.test(word)) return 'summons';
  if (/[國国][書书]/u.test(word)) return 'credentials';
  if (/[館馆]/u.test(word)) return 'mission';
  return 'relations';
}

/** An act's English title: relations by the clause that tells them (恢復建交 is relations restored). */
export function actTitleEn(kind: Exclude<ActKind, 'summons'>, clause: string): string {
  if (kind === 'credentials') return 'Credentials presented';
  if (kind === 'mission') return 'Mission opened';
  if (/[斷断]/u.test(clause)) return 'Diplomatic relations severed';
  if (/[復复]交|恢[復复]/u.test(clause)) return 'Diplomatic relations restored';
  return 'Diplomatic relations established';
}
