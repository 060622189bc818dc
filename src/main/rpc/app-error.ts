import type { AppErrorValue, ErrorCode } from '../../shared/result'

/** An error a service throws on purpose; crosses the boundary as { code, message }. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message)
    this.name = 'AppError'
  }
}

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError
}

export function errorValue(code: ErrorCode, message: string): AppErrorValue {
  return { code, message }
}
