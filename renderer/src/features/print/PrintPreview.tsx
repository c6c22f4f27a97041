import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/Alert';
import { getPlatform } from '../../platform';
import type { PreviewState } from './usePrintoutPreview';

/** The page as wide as the frame ("#view=FitH", read by Chromium's viewer): readable at a glance, not a thumbnail. */
function previewSource(url: string | null): string | undefined {
  return url ? `${url}#view=FitH` : undefined;
}

/** The real PDF in a frame, and the two things to do with it: save it, or print it. */
export function PrintPreview({ preview, title }: { preview: PreviewState | null; title: string }): ReactNode {
  const { t } = useTranslation('print-center');
  // A message is about one PDF: once the options change, "The PDF is saved." no longer applies.
  const [said, setSaid] = useState<{ url: string; tone: 'success' | 'error' | 'info'; text: string } | null>(null);
  const ready = preview?.status === 'ready' ? preview : null;
  const message = said && said.url === ready?.url ? said : null;
  const setMessage = (next: { tone: 'success' | 'error' | 'info'; text: string }): void => {
    if (ready) setSaid({ ...next, url: ready.url });
  };
  const save = async (): Promise<void> => {
    if (!ready) return;
    const platform = await getPlatform();
    const result = await platform.saveFile({ suggestedName: ready.printout.fileName, data: ready.printout.bytes, mimeType: 'application/pdf' });
    setMessage(result.saved ? { tone: 'success', text: t('saved') } : { tone: 'error', text: t('notSaved') });
  };
  const print = async (): Promise<void> => {
    if (!ready) return;
    try {
      const platform = await getPlatform();
      setMessage({ tone: 'info', text: t('printOpened') });
      await platform.printPdf({ data: ready.printout.bytes, title: ready.printout.fileName });
    } catch {
      setMessage({ tone: 'error', text: t('printFailed') });
    }
  };
  return (
    <section className="card print-preview" aria-labelledby="print-preview-heading">
      <h2 id="print-preview-heading">{t('preview')}</h2>
      <div className="actions">
        <button type="button" className="button button-primary" disabled={!ready} onClick={() => void save()}>
          {t('save')}
        </button>
        <button type="button" className="button" disabled={!ready} onClick={() => void print()}>
          {t('print')}
        </button>
      </div>
      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
      {preview?.status === 'failed' ? <Alert tone="error">{t('previewFailed')}</Alert> : null}
      {preview?.status === 'making' ? (
        <p className="muted" role="status">
          {t('previewMaking')}
        </p>
      ) : null}
      {ready || (preview?.status === 'making' && preview.staleUrl) ? (
        <>
          <iframe className="print-preview-frame" src={previewSource(ready ? ready.url : preview?.status === 'making' ? preview.staleUrl : null)} title={title} />
          <p className="field-help">{t('previewPages')}</p>
        </>
      ) : null}
    </section>
  );
}
