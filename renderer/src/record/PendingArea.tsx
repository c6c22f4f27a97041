import type { ReactNode } from 'react';

/** Placeholder while an area is being built. Never shipped: every area replaces it. */
export function PendingArea(): ReactNode {
  return <p>…</p>;
}
