import type { ReactNode } from 'react';

/** A padlock drawn inline: no icon font or emoji font is needed on any system. */
export function LockIcon(): ReactNode {
  return (
    <svg className="lock-icon" width="18" height="20" viewBox="0 0 18 20" aria-hidden="true" focusable="false">
      <rect x="1.5" y="8.5" width="15" height="10" rx="2" fill="none" stroke="currentColor" strokeWidth="2.2" />
      <path d="M5 8.5V6a4 4 0 0 1 8 0v2.5" fill="none" stroke="currentColor" strokeWidth="2.2" />
    </svg>
  );
}
