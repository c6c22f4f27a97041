import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  /** The everyday name the glossary knows for what was typed, or null. */
  suggestion: string | null;
  /** What the everyday-name field holds now: nothing is offered when it already says this. */
  current: string;
  onAccept: (plainName: string) => void;
}

/**
 * Offers the glossary's everyday name while the name from the papers is typed. It is only
 * an offer: the person accepts it with the button, or writes their own words.
 */
export function PlainNameSuggestion({ suggestion, current, onAccept }: Props): ReactNode {
  const { t } = useTranslation('conditions');
  const offer = suggestion && suggestion.trim().toLowerCase() !== current.trim().toLowerCase() ? suggestion : null;
  return (
    // Polite live region: screen readers hear the offer when it appears, without losing their place.
    <div className="plain-name-suggestion" aria-live="polite">
      {offer ? (
        <div className="suggestion-box">
          <p>{t('suggestion', { plain: offer })}</p>
          <button type="button" className="button" onClick={() => onAccept(offer)}>
            {t('useSuggestion', { plain: offer })}
          </button>
        </div>
      ) : null}
    </div>
  );
}
