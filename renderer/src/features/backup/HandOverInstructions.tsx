import type { ReactNode } from 'react';
import { useModalDialog } from '../../components/useModalDialog';
import { createPortal } from 'react-dom';
import { Trans, useTranslation } from 'react-i18next';
import { Alert } from '../../components/Alert';
import { getPlatform } from '../../platform';
import type { HandOverDone } from './HandOverDialog';
import './backup.css';

/**
 * The page given to the receiving caregiver with the file: what it is, how to install
 * CareBinder and restore it, and a blank line for the passphrase — never the passphrase
 * itself. Shown as a full-page modal placed directly in <body>, so printing can hide
 * everything else (backup.css).
 */
export function HandOverInstructions({ done, onClose }: { done: HandOverDone; onClose: () => void }): ReactNode {
  const { t, i18n } = useTranslation('backup');
  const { ref, headingRef, titleId } = useModalDialog();
  const names = new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(done.names);
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long' }).format(done.date);
  const fileName = done.fileName;

  return createPortal(
    <dialog
      ref={ref}
      className="hand-over-sheet"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <div className="no-print">
        <Alert tone="success">{t('instructions.saved')}</Alert>
      </div>
      <article className="hand-over-page">
        <h1 id={titleId} ref={headingRef} tabIndex={-1}>
          {t('instructions.title')}
        </h1>
        <p className="lead">
          <Trans t={t} i18nKey="instructions.intro" values={{ fileName, people: names }} components={{ file: <strong className="file-name" /> }} />
        </p>
        <h2>{t('instructions.stepsTitle')}</h2>
        <ol className="hand-over-steps">
          <li>{t('instructions.step1')}</li>
          <li>{t('instructions.step2')}</li>
          <li>
            <Trans t={t} i18nKey="instructions.step3" values={{ fileName }} components={{ file: <strong className="file-name" /> }} />
          </li>
          <li>{t('instructions.step4')}</li>
        </ol>
        <h2>{t('instructions.passphraseTitle')}</h2>
        <p>{t('instructions.passphraseText')}</p>
        <p className="hand-over-write-here">
          {t('instructions.writeHere')} <span className="hand-over-line" aria-hidden="true" />
        </p>
        <p>{t('instructions.handedOverOn', { date })}</p>
      </article>
      <div className="actions no-print">
        <button type="button" className="button button-primary" onClick={() => void getPlatform().then((p) => p.printPage())}>
          {t('instructions.print')}
        </button>
        <button type="button" className="button" onClick={onClose}>
          {t('instructions.done')}
        </button>
      </div>
    </dialog>,
    document.body,
  );
}
