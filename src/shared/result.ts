/**
 * Errors cross every process boundary as values, never as thrown exceptions: Electron's invoke keeps only an
 * exception's message, and a WebSocket keeps nothing. The code lets the UI say something specific.
 */
export const ERROR_CODES = [
  'INVALID_INPUT', // the request failed its schema; message lists the fields
  'INVALID_BOOTSTRAP', // bootstrap servers string is malformed
  'NOT_CONNECTED', // the session has no active profile
  'PROFILE_NOT_FOUND',
  'BROKERS_UNREACHABLE', // no bootstrap server accepted a connection
  'TIMEOUT', // the cluster did not answer in time
  'TOPIC_NOT_FOUND',
  'LEADER_NOT_AVAILABLE', // a partition has no live leader (its brokers are down)
  'KAFKA_ERROR', // any other error the brokers returned; message carries Kafka's error name
  'STREAM_NOT_FOUND',
  'UNKNOWN_CHANNEL',
  'FORBIDDEN', // the request came from a page that is not Kafka Lab's own
  'HOST_UNAVAILABLE', // the renderer lost its link to the app's main side (web host stopped)
  'INTERNAL',
] as const

export type ErrorCode = (typeof ERROR_CODES)[number]

export interface AppErrorValue {
  code: ErrorCode
  message: string
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorValue }

export const ok = <T>(value: T): Result<T> => ({ ok: true, value })
export const fail = (code: ErrorCode, message: string): Result<never> => ({ ok: false, error: { code, message } })
