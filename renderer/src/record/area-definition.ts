import type { ComponentType } from 'react';
import type { AreaKey } from '../app/routes';

/**
 * What each area of the record plugs into the app: its list, its add/edit form and, if
 * it has one, a details page. The sidebar, routes and search are built from these.
 */
export interface AreaDefinition {
  key: AreaKey;
  List: ComponentType;
  /** itemId absent = a new item. */
  Form: ComponentType<{ itemId?: string }>;
  Details?: ComponentType<{ itemId: string }>;
}
