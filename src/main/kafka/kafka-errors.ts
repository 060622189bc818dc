import type { AppErrorValue } from '../../shared/result'
import { AppError } from '../rpc/app-error'

interface KafkaLikeError {
  name?: string
  message?: string
  type?: string
  code?: string
  retriable?: boolean
  cause?: unknown
  originalError?: unknown
}

/** kafkajs wraps the real cause in retry errors; walk down to the innermost error. */
function chain(e: unknown): KafkaLikeError[] {
  const out: KafkaLikeError[] = []
  let cur: unknown = e
  while (cur && typeof cur === 'object' && out.length < 10) {
    const k = cur as KafkaLikeError
    out.push(k)
    cur = k.originalError ?? k.cause
  }
  return out
}

/** True when kafkajs's error, or any error it wraps (retries wrap the real one), is of this Kafka error type. */
export function hasKafkaErrorType(e: unknown, type: string): boolean {
  return chain(e).some((x) => x.type === type)
}

const CONNECTION_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'ECONNRESET'])
const LEADERLESS = new Set(['LEADER_NOT_AVAILABLE', 'NOT_LEADER_FOR_PARTITION', 'NOT_LEADER_OR_FOLLOWER'])

/** Maps whatever kafkajs threw to a code the UI can explain. `servers` names what we tried to reach. */
export function kafkaErrorValue(e: unknown, servers?: string[]): AppErrorValue {
  if (e instanceof AppError) return { code: e.code, message: e.message }
  const errors = chain(e)
  const inner = errors[errors.length - 1] ?? {}
  const where = servers?.length ? ` at ${servers.join(', ')}` : ''
  for (const err of errors) {
    if (err.type === 'UNKNOWN_TOPIC_OR_PARTITION') return { code: 'TOPIC_NOT_FOUND', message: 'The topic does not exist (any more).' }
    if (err.type && LEADERLESS.has(err.type)) {
      return { code: 'LEADER_NOT_AVAILABLE', message: `A partition has no live leader (${err.type}): its brokers may be down.` }
    }
    if (err.type) return { code: 'KAFKA_ERROR', message: `${err.type}: ${err.message ?? ''}`.trim() }
  }
  const codeHit = errors.find((x) => x.code && CONNECTION_CODES.has(x.code))
  if (codeHit || errors.some((x) => x.name === 'KafkaJSConnectionError' || x.name === 'KafkaJSBrokerNotFound')) {
    const detail = codeHit?.code ?? inner.message ?? 'connection failed'
    return { code: 'BROKERS_UNREACHABLE', message: `No broker answered${where} (${detail}).` }
  }
  if (errors.some((x) => x.name === 'KafkaJSRequestTimeoutError' || x.name === 'KafkaJSConnectionClosedError')) {
    return { code: 'TIMEOUT', message: `The cluster did not answer in time${where}.` }
  }
  return { code: 'INTERNAL', message: inner.message ?? String(e) }
}

export function toKafkaAppError(e: unknown, servers?: string[]): AppError {
  const v = kafkaErrorValue(e, servers)
  return new AppError(v.code, v.message)
}

/** Rejects with TIMEOUT when `work` takes longer than ms, so a dead cluster never hangs a view. */
export async function withTimeout<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new AppError('TIMEOUT', `${what} took longer than ${Math.round(ms / 1000)} s.`)), ms)
  })
  try {
    return await Promise.race([work, timeout])
  } finally {
    clearTimeout(timer)
  }
}
