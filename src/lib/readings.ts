/**
 * Readings some sites print after each character (發(fā)布會, 會(huì )見): a tone-marked syllable in
 * brackets, a space sometimes closing it. They are no text: layout and extraction read past them,
 * and names are quoted without them; the stored text keeps them as given.
 */
export const READING = '[(（][a-zü]{0,5}[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]{0,5} ?[)）]';

const IN_TEXT = new RegExp(`(\\p{Script=Han})${READING}`, 'gu');

/** `text` with every reading after a Chinese character taken out. */
export function withoutReadings(text: string): string {
  return text.replace(IN_TEXT, '$1');
}
