/**
 * Every locale file, found by its path: resources/locales/<language>/<namespace>.json.
 * A new language or area is a new file here, not new code.
 */
const files = import.meta.glob<{ default: Record<string, unknown> }>('../../../resources/locales/*/*.json', { eager: true });

export type LocaleResources = Record<string, Record<string, Record<string, unknown>>>;

export function localeResources(): LocaleResources {
  const resources: LocaleResources = {};
  for (const [path, module] of Object.entries(files)) {
    const match = /locales\/([^/]+)\/([^/]+)\.json$/.exec(path);
    if (!match) continue;
    const [, language, namespace] = match as unknown as [string, string, string];
    (resources[language] ??= {})[namespace] = module.default;
  }
  return resources;
}

export const NAMESPACES = [...new Set(Object.keys(files).map((path) => /\/([^/]+)\.json$/.exec(path)?.[1] ?? 'common'))];
