import type { ReactNode } from 'react';

/** What needs attention: next appointments, tasks due, recent changes, refills, goal check-ins. */
export function OverviewSections(): ReactNode {
  return null;
}
