import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ScreenHeading } from '../../components/ScreenHeading';
import { LanguageSetting } from './LanguageSetting';
import { DisplaySetting } from './DisplaySetting';
import { IdleLockSetting } from './IdleLockSetting';
import { ChangePassphraseSetting } from './ChangePassphraseSetting';
import { RememberDeviceSetting } from './RememberDeviceSetting';
import { lockShortcutLabel } from '../../vault/lock-shortcut';

export function SettingsScreen(): ReactNode {
  const { t } = useTranslation();
  return (
    <div className="screen narrow">
      <ScreenHeading>{t('settings.title')}</ScreenHeading>
      <LanguageSetting />
      <DisplaySetting />
      <IdleLockSetting />
      <section className="card" aria-labelledby="shortcut-heading">
        <h2 id="shortcut-heading">{t('settings.shortcutTitle')}</h2>
        <p>{t('settings.shortcutText', { shortcut: lockShortcutLabel() })}</p>
      </section>
      <ChangePassphraseSetting />
      <RememberDeviceSetting />
    </div>
  );
}
