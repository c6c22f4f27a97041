import en from '../../resources/locales/en/common.json';
import es from '../../resources/locales/es/common.json';
import type { MenuLabels } from './menu';

const LABELS: Record<string, MenuLabels> = { en: en.menu, es: es.menu };

/**
 * The menu speaks the first system language we have a locale file for. It is built before
 * any window exists, so it follows the system rather than the in-app setting.
 */
export function menuLabelsFor(systemLanguages: readonly string[]): MenuLabels {
  for (const language of systemLanguages) {
    const labels = LABELS[language.slice(0, 2).toLowerCase()];
    if (labels) return labels;
  }
  return en.menu;
}
