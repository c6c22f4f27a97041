import type { AreaDefinition } from '../../record/area-definition';
import { PendingArea } from '../../record/PendingArea';

/** This area's screens are not built yet; the shell shows a plain notice in their place. */
export const hospitalStaysArea: AreaDefinition = { key: 'hospitalStays', List: PendingArea, Form: PendingArea };
