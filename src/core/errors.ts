/** Typed errors. The CLI and the HTTP layer turn these into one clear line. */
export type ErrorCode =
  | 'EMPTY_INPUT'
  | 'BINARY_INPUT'
  | 'TOO_LARGE'
  | 'NOT_A_FILE'
  | 'NOT_FOUND'
  | 'DECODE_FAILED'
  | 'PARSE_FAILED'
  | 'INVALID_DATA'
  | 'FETCH_FAILED'
  | 'FORBIDDEN_ADDRESS'
  | 'STORE_FAILED'
  | 'USAGE';

export class VigilError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
  }
}

export class IngestError extends VigilError {}
export class DataError extends VigilError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('INVALID_DATA', message, options);
  }
}
export class StoreError extends VigilError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('STORE_FAILED', message, options);
  }
}
export class UsageError extends VigilError {
  constructor(message: string) {
    super('USAGE', message);
  }
}

/** One line for a person, never a stack trace. */
export function describeError(err: unknown): string {
  if (err instanceof VigilError) return err.message;
  if (err instanceof Error) return err.message.split('\n')[0] ?? err.name;
  return String(err);
}
