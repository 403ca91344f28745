/**
 * Errors the HTTP layer answers with a status of their own. Everything else
 * that is a VigilError maps by its code (see problem.ts).
 */
import { VigilError } from '../core/errors.js';

/** Not logged in (401) or not allowed (403): the request itself is refused, not the input. */
export class AccessError extends VigilError {
  readonly status: 401 | 403;
  constructor(status: 401 | 403, message: string) {
    super('USAGE', message);
    this.status = status;
  }
}

export class NotFound extends VigilError {
  constructor(message: string) {
    super('NOT_FOUND', message);
  }
}

/** The request is well formed but asks for something that cannot be done (422). */
export class Unprocessable extends VigilError {
  readonly status = 422;
  constructor(message: string) {
    super('INVALID_DATA', message);
  }
}

/** A service the server relies on (a translation provider) failed or answered badly (502); the detail names which. */
export class BadGateway extends VigilError {
  readonly status = 502;
  constructor(message: string, options?: { cause?: unknown }) {
    super('FETCH_FAILED', message, options);
  }
}
