/**
 * Prints a finished PDF through the browser's own PDF viewer, loaded out of sight: its print
 * command opens the system print dialog with the real pages (not a picture of the screen).
 * Used by the browser build and by the desktop app alike.
 */
export async function printPdfInFrame(data: Uint8Array): Promise<void> {
  const url = URL.createObjectURL(new Blob([new Uint8Array(data)], { type: 'application/pdf' }));
  const frame = document.createElement('iframe');
  frame.hidden = true;
  frame.title = 'PDF';
  frame.src = url;
  frame.addEventListener('load', () => frame.contentWindow?.print(), { once: true });
  document.body.append(frame);
  // The print dialog keeps its own copy; the frame and the URL go once it has surely opened.
  setTimeout(() => {
    frame.remove();
    URL.revokeObjectURL(url);
  }, 60_000);
}
