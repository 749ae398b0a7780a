/**
 * The social card layout (1200×630): a kicker line (date · type), the title in large type,
 * and a footer (people, outlet, site name). Pure: it returns the element tree that the
 * card renderer draws; sizes shrink as titles grow so every title fits its box.
 */

/** Width and height of every social card, in pixels. */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** What one card shows. */
export interface CardSpec {
  kicker: string;
  title: string;
  footer: string;
  site: string;
}

/** A node of the element tree (the shape satori reads). */
export interface CardNode {
  type: string;
  props: { style?: Record<string, string | number>; children?: string | CardNode | (string | CardNode)[] | undefined };
}

const MAX_TITLE = 64;
const PAD_X = 80;
const PAD_Y = 56;
const BAND = 18;

/** The title as drawn: cut at MAX_TITLE characters with an ellipsis. */
export function cardTitle(title: string): string {
  const chars = [...title.replace(/\s+/g, ' ').trim()];
  return chars.length > MAX_TITLE ? chars.slice(0, MAX_TITLE - 1).join('') + '…' : chars.join('');
}

/** Font size for a title of `length` characters: large for short titles, smaller for long ones. */
export function titleSize(length: number): number {
  if (length <= 14) return 76;
  if (length <= 28) return 64;
  if (length <= 44) return 54;
  return 46;
}

const div = (style: Record<string, string | number>, children: CardNode['props']['children']): CardNode => ({
  type: 'div',
  props: { style: { display: 'flex', ...style }, children },
});

/** The element tree of a card. */
export function cardTree(spec: CardSpec, fontFamily: string): CardNode {
  const title = cardTitle(spec.title);
  return div(
    {
      // Content box: the padding and the top border make up the rest of 1200×630.
      width: CARD_WIDTH - 2 * PAD_X,
      height: CARD_HEIGHT - 2 * PAD_Y - BAND,
      flexDirection: 'column',
      justifyContent: 'space-between',
      padding: `${PAD_Y}px ${PAD_X}px`,
      background: '#f6f1e7',
      color: '#1c1917',
      fontFamily,
      borderTop: `${BAND}px solid #9f1d20`,
    },
    [
      div({ fontSize: 34, color: '#9f1d20' }, spec.kicker),
      div({ fontSize: titleSize([...title].length), lineHeight: 1.3, width: CARD_WIDTH - 2 * PAD_X, flexWrap: 'wrap' }, title),
      div({ justifyContent: 'space-between', fontSize: 28, color: '#57534e', width: CARD_WIDTH - 2 * PAD_X }, [
        div({ maxWidth: 760 }, spec.footer),
        div({}, spec.site),
      ]),
    ],
  );
}
