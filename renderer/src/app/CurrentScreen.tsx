import type { ReactNode } from 'react';
import { useNavigation } from './navigation';
import { AREAS } from '../record/areas';
import { assertNever } from '../../../shared/util/assert-never';
import { OverviewScreen } from '../features/overview/OverviewScreen';
import { PersonFormScreen } from '../features/people/PersonFormScreen';
import { SearchScreen } from '../features/search/SearchScreen';
import { SettingsScreen } from '../features/settings/SettingsScreen';
import { ImportScreen } from '../features/import/ImportScreen';

/** The screen for the current address; keyed so each opens fresh (focus, form state). */
export function CurrentScreen(): ReactNode {
  const { route } = useNavigation();
  switch (route.name) {
    case 'overview':
      return <OverviewScreen key={route.personId ?? 'everyone'} />;
    case 'area': {
      const { List } = AREAS[route.area];
      return <List key={`${route.area}-${route.personId ?? ''}`} />;
    }
    case 'item-new': {
      const { Form } = AREAS[route.area];
      return <Form key={`new-${route.area}`} />;
    }
    case 'item-edit': {
      const { Form } = AREAS[route.area];
      return <Form key={route.itemId} itemId={route.itemId} />;
    }
    case 'item': {
      const { Details, Form } = AREAS[route.area];
      return Details ? <Details key={route.itemId} itemId={route.itemId} /> : <Form key={route.itemId} itemId={route.itemId} />;
    }
    case 'person-new':
      return <PersonFormScreen key="new-person" />;
    case 'person-edit':
      return <PersonFormScreen key={route.personId} personId={route.personId} />;
    case 'search':
      return <SearchScreen key={route.personId ?? 'everyone'} />;
    case 'settings':
      return <SettingsScreen />;
    case 'import':
      return <ImportScreen key={route.personId ?? 'everyone'} />;
    default:
      return assertNever(route);
  }
}
