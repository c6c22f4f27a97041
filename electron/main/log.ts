/**
 * The main process's logger. Messages are fixed text written by us; fields are limited to
 * codes and counts so that health data, file names and paths cannot end up in a log line.
 */
export type LogFields = Readonly<Record<string, string | number | boolean>>;

export interface Logger {
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
}

type Sink = (line: string) => void;

function format(scope: string, message: string, fields: LogFields | undefined): string {
  const detail = fields === undefined ? '' : ` ${JSON.stringify(fields)}`;
  return `[${scope}] ${message}${detail}`;
}

export function createLogger(scope: string, sinks: { info: Sink; warn: Sink; error: Sink } = console): Logger {
  return {
    info: (message, fields) => sinks.info(format(scope, message, fields)),
    warn: (message, fields) => sinks.warn(format(scope, message, fields)),
    error: (message, fields) => sinks.error(format(scope, message, fields)),
  };
}

/** The `code` of a Node system error (ENOENT, EACCES…), never its message (which holds paths). */
export function errorCode(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string') {
    return error.code;
  }
  return error instanceof Error ? error.name : 'unknown';
}
