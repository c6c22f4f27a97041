import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';

/** The screens behind the lock. Kept in memory only: a reload starts locked, at home. */
export type Route =
  | { name: 'home' }
  | { name: 'person'; personId: string }
  | { name: 'add-person' }
  | { name: 'edit-person'; personId: string }
  | { name: 'settings' };

interface Navigation {
  route: Route;
  go(route: Route): void;
}

const NavigationContext = createContext<Navigation | null>(null);

export function NavigationProvider({ children }: { children: ReactNode }): ReactNode {
  const [route, setRoute] = useState<Route>({ name: 'home' });
  const value = useMemo(() => ({ route, go: setRoute }), [route]);
  return <NavigationContext.Provider value={value}>{children}</NavigationContext.Provider>;
}

export function useNavigation(): Navigation {
  const context = useContext(NavigationContext);
  if (!context) throw new Error('useNavigation outside NavigationProvider');
  return context;
}
