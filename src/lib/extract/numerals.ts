/** Chinese numerals as written in dates: 二十一, 廿一, 十二, 二〇二五. */

const DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** The value of a numeral written in Arabic digits or Chinese characters (up to 9999; 一百一十三 as well as 二〇二五). */
export function numeral(s: string): number {
  if (/^\d+$/.test(s)) return Number(s);
  if (s.length === 4 && [...s].every((c) => c in DIGITS)) return Number([...s].map((c) => DIGITS[c]).join(''));
  let total = 0;
  let unit = 0;
  for (const c of s) {
    if (c === '百') {
      total += (unit || 1) * 100;
      unit = 0;
    } else if (c === '十') {
      total += (unit || 1) * 10;
      unit = 0;
    } else if (c === '廿') total += 20;
    else if (c === '卅') total += 30;
    else unit = DIGITS[c] ?? 0;
  }
  return total + unit;
}
