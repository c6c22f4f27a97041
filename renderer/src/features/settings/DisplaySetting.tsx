import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { readDisplayPreferences, saveDisplayPreferences, TEXT_SIZES, THEMES, type DisplayPreferences } from '../../app/display-preferences';

/** Text size and colours, applied at once and remembered on this computer. */
export function DisplaySetting(): ReactNode {
  const { t } = useTranslation();
  const [preferences, setPreferences] = useState<DisplayPreferences>(readDisplayPreferences);
  const sizeId = useId();
  const themeId = useId();
  const update = (change: Partial<DisplayPreferences>): void => {
    const next = { ...preferences, ...change };
    setPreferences(next);
    saveDisplayPreferences(next);
  };
  return (
    <section className="card" aria-labelledby="display-heading">
      <h2 id="display-heading">{t('settings.displayTitle')}</h2>
      <div className="field">
        <label htmlFor={sizeId}>{t('settings.textSize')}</label>
        <select id={sizeId} value={preferences.textSize} onChange={(e) => update({ textSize: e.target.value as DisplayPreferences['textSize'] })}>
          {TEXT_SIZES.map((size) => (
            <option key={size} value={size}>
              {t(`settings.textSizes.${size}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={themeId}>{t('settings.theme')}</label>
        <select id={themeId} value={preferences.theme} onChange={(e) => update({ theme: e.target.value as DisplayPreferences['theme'] })}>
          {THEMES.map((theme) => (
            <option key={theme} value={theme}>
              {t(`settings.themes.${theme}`)}
            </option>
          ))}
        </select>
      </div>
    </section>
  );
}
