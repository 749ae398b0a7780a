/** The event a share or copy of the address fires first, so the timeline writes a view still settling into it. */
export const VIEW_FLUSH = 'timeline:flush-view';
