import { createContext, useCallback, useContext, useEffect, useMemo, useState, type AnchorHTMLAttributes, type ReactNode } from 'react';
import { parseHash, routeHash, type Route } from './routes';

interface Navigation {
  route: Route;
  go(route: Route): void;
}

const NavigationContext = createContext<Navigation | null>(null);

/** Hash routing: Back and Forward work, and each screen has an address. */
export function NavigationProvider({ children }: { children: ReactNode }): ReactNode {
  const [route, setRoute] = useState<Route>(() => parseHash(window.location.hash));
  useEffect(() => {
    const onChange = (): void => setRoute(parseHash(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  const go = useCallback((next: Route) => {
    const hash = routeHash(next);
    if (window.location.hash !== hash) window.location.hash = hash;
    setRoute(next);
  }, []);
  const value = useMemo(() => ({ route, go }), [route, go]);
  return <NavigationContext.Provider value={value}>{children}</NavigationContext.Provider>;
}

export function useNavigation(): Navigation {
  const context = useContext(NavigationContext);
  if (!context) throw new Error('useNavigation outside NavigationProvider');
  return context;
}

type LinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & { to: Route; current?: boolean };

/** A real link (role "link", opens with Enter) to a screen. */
export function Link({ to, current, children, ...rest }: LinkProps): ReactNode {
  return (
    <a href={routeHash(to)} aria-current={current ? 'page' : undefined} {...rest}>
      {children}
    </a>
  );
}

export type { Route } from './routes';
