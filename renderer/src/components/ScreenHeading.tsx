import { useEffect, useRef, type ReactNode } from 'react';

/**
 * The h1 of a screen. It takes focus when the screen opens, so keyboard and screen
 * reader users start at the top of what just appeared.
 */
export function ScreenHeading({ children }: { children: ReactNode }): ReactNode {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <h1 ref={ref} tabIndex={-1}>
      {children}
    </h1>
  );
}
