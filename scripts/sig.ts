/**
 * Translate prescription shorthand into plain words, for batch use and debugging.
 *   npm run sig -- [--lang es] [--json] "1 tab po bid prn pain"
 * With no text it reads one instruction per line from standard input and answers line for line.
 */
import { createInterface } from 'node:readline';
import { translateShorthand, type ShorthandLanguage } from '../shared/plain-language/shorthand/index';

function options(argv: string[]): { language: ShorthandLanguage; json: boolean; texts: string[] } {
  let language: ShorthandLanguage = 'en';
  let json = false;
  const texts: string[] = [];
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index]!;
    if (arg === '--json') json = true;
    else if (arg === '--lang') {
      const value = argv[++index];
      if (value !== 'en' && value !== 'es') throw new Error('--lang must be "en" or "es"');
      language = value;
    } else if (arg.startsWith('--lang=')) {
      const value = arg.slice(7);
      if (value !== 'en' && value !== 'es') throw new Error('--lang must be "en" or "es"');
      language = value;
    } else texts.push(arg);
  }
  return { language, json, texts };
}

function answer(input: string, language: ShorthandLanguage, json: boolean): string {
  const result = translateShorthand(input, language);
  if (!json) return result.text;
  return JSON.stringify({ input, text: result.text, complete: result.complete, flags: result.flags });
}

async function main(): Promise<void> {
  const { language, json, texts } = options(process.argv.slice(2));
  if (texts.length > 0) {
    for (const text of texts) process.stdout.write(`${answer(text, language, json)}\n`);
    return;
  }
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) process.stdout.write(`${answer(line, language, json)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
