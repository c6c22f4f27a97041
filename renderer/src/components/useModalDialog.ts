import { useEffect, useId, useRef } from 'react';

/**
 * A <dialog> opened as modal when it mounts, its heading focused (so a screen reader starts
 * there), and closed when it unmounts. Returns the refs and the heading id to wire up.
 */
export function useModalDialog() {
  const ref = useRef<HTMLDialogElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    headingRef.current?.focus();
    return () => dialog?.close();
  }, []);
  return { ref, headingRef, titleId };
}
