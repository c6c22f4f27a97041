import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ScreenHeading } from '../../components/ScreenHeading';
import { takeDroppedFile } from '../../app/dropped-file';
import { importError, type ImportBundle, type ImportError } from '../../../../shared/import/bundle';
import type { ImportSummary } from '../../../../shared/import/commit-import';
import { fileSizeRefusal } from './file-size-check';
import { readInWorker } from './read-in-worker';
import { ChooseFileStep } from './ChooseFileStep';
import { ReadingProgress } from './ReadingProgress';
import { ReviewStep } from './ReviewStep';
import { ImportDone } from './ImportDone';
import './import.css';

type Step =
  | { name: 'choose'; error: ImportError | null }
  | { name: 'reading'; fileName: string; done: number; total: number }
  | { name: 'review'; fileName: string; bundle: ImportBundle }
  | { name: 'done'; summary: ImportSummary; personId: string };

/**
 * Import from a patient portal: choose a file (or take the one dropped on the window), read it
 * in a Worker with a progress bar and Cancel, review the proposals, commit the accepted ones.
 */
export function ImportScreen(): ReactNode {
  const { t } = useTranslation('import');
  const [step, setStep] = useState<Step>({ name: 'choose', error: null });
  const abort = useRef<AbortController | null>(null);

  const read = useCallback(async (file: File) => {
    const tooLarge = await fileSizeRefusal(file);
    if (tooLarge) {
      setStep({ name: 'choose', error: tooLarge });
      return;
    }
    const controller = new AbortController();
    abort.current = controller;
    setStep({ name: 'reading', fileName: file.name, done: 0, total: file.size });
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await file.arrayBuffer());
    } catch {
      // The computer could not hold the whole file in memory (a very large export): say it is too large.
      if (abort.current === controller) abort.current = null;
      setStep({ name: 'choose', error: importError('too-large', 'too large').error });
      return;
    }
    const result = await readInWorker(bytes, file.name, {
      signal: controller.signal,
      onProgress: (done, total) => setStep((current) => (current.name === 'reading' ? { ...current, done, total } : current)),
    });
    if (abort.current === controller) abort.current = null;
    setStep(result.ok ? { name: 'review', fileName: file.name, bundle: result.bundle } : { name: 'choose', error: result.error });
  }, []);

  useEffect(() => {
    // A file dropped on the window (or opened from the menu) is read as soon as the screen opens.
    const dropped = takeDroppedFile();
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (dropped) void read(dropped);
    return () => abort.current?.abort();
  }, [read]);

  const restart = (): void => setStep({ name: 'choose', error: null });
  return (
    <div className="screen import-screen">
      <ScreenHeading>{step.name === 'review' ? t('review.title') : step.name === 'done' ? t('done.title') : t('title')}</ScreenHeading>
      {step.name === 'choose' ? <ChooseFileStep error={step.error} onFile={(file) => void read(file)} /> : null}
      {step.name === 'reading' ? <ReadingProgress fileName={step.fileName} done={step.done} total={step.total} onCancel={() => abort.current?.abort()} /> : null}
      {step.name === 'review' ? (
        <ReviewStep fileName={step.fileName} bundle={step.bundle} onCancel={restart} onDone={(summary, personId) => setStep({ name: 'done', summary, personId })} />
      ) : null}
      {step.name === 'done' ? <ImportDone summary={step.summary} personId={step.personId} onAnother={restart} /> : null}
    </div>
  );
}
