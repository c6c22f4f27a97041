import { createContext, useContext } from 'react';

/**
 * The heading level of an item's name in a list: h2 directly under the screen's h1, or h3
 * when items are grouped under each person's h2. Keeps the outline without skipped levels.
 */
export const ItemHeadingLevel = createContext<2 | 3>(3);
export const useItemHeadingLevel = (): 2 | 3 => useContext(ItemHeadingLevel);
