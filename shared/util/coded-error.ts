/**
 * An error that carries a typed code: what the UI turns into a translated sentence. `detail`
 * is for developers and never holds health data.
 */
export class CodedError<Code extends string> extends Error {
  constructor(
    readonly code: Code,
    readonly detail: string = code,
  ) {
    super(detail);
  }
}
