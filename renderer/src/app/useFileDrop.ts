import { useEffect } from 'react';
import { setDroppedFile } from './dropped-file';

/**
 * A file dragged onto the window opens the import screen with it. Without this the browser
 * (or Electron) would try to open the file itself; navigation is blocked, so nothing would happen.
 */
export function useFileDrop(): void {
  useEffect(() => {
    const carriesFiles = (event: DragEvent): boolean => event.dataTransfer?.types.includes('Files') ?? false;
    const onDragOver = (event: DragEvent): void => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const onDrop = (event: DragEvent): void => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      const file = event.dataTransfer?.files[0];
      if (file === undefined) return;
      setDroppedFile(file);
      window.location.hash = '#/import';
    };
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop);
    };
  }, []);
}
