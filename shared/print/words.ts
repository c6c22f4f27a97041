import en from '../../resources/locales/en/print.json';
import es from '../../resources/locales/es/print.json';
import { fill } from '../plain-language/template';
import type { PrintLanguage, PrintOptions } from './print-request';

/** The printouts' words (resources/locales/<lang>/print.json); English is the reference shape. */
export type PrintWords = typeof en;
export const PRINT_WORDS: Readonly<Record<PrintLanguage, PrintWords>> = { en, es };

type PickWords = (words: PrintWords) => string;
type Vars = Readonly<Record<string, string | number>>;

/**
 * The wording of one printout: its language, and English under it when bilingual (for the
 * clinician). Shared code has no i18next, so the locale files are read directly, as
 * shared/plain-language does for instruction phrases.
 */
export class Wording {
  readonly language: PrintLanguage;
  /** True when an English line goes under each label (never for an English printout). */
  readonly bilingual: boolean;

  constructor(options: Pick<PrintOptions, 'language' | 'bilingual'>) {
    this.language = options.language;
    this.bilingual = options.bilingual && options.language !== 'en';
  }

  say(pick: PickWords, vars: Vars = {}): string {
    return fill(pick(PRINT_WORDS[this.language]), vars);
  }

  /** The English line for the clinician, or null when the printout is not bilingual or it says the same. */
  english(pick: PickWords, vars: Vars = {}): string | null {
    if (!this.bilingual) return null;
    const text = fill(pick(PRINT_WORDS.en), vars);
    return text === this.say(pick, vars) ? null : text;
  }

  /** The locale for dates and sorting. */
  get locale(): string {
    return this.language === 'es' ? 'es' : 'en-US';
  }
}
