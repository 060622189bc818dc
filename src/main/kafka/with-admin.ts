import type { Admin } from 'kafkajs'
import type { KafkaConnection } from './connection-registry'
import { hasKafkaErrorType, toKafkaAppError, withTimeout } from './kafka-errors'

/** Upper bound for one admin operation as seen by the UI. */
export const ADMIN_TIMEOUT_MS = 10_000

/** Errors caused by a stale topic in kafkajs's remembered set (deleted, or now without a leader). */
const isStaleTopicError = (e: unknown) => hasKafkaErrorType(e, 'UNKNOWN_TOPIC_OR_PARTITION') || hasKafkaErrorType(e, 'LEADER_NOT_AVAILABLE')

/**
 * Runs one admin operation with a deadline and a specific error. When the cluster is gone as a whole, the admin is
 * reset so the next call reconnects instead of retrying a dead socket forever.
 *
 * kafkajs's admin remembers every topic it ever looked at and refreshes their metadata on each call; once one of
 * them is deleted by someone else (UNKNOWN_TOPIC_OR_PARTITION) or loses its leader (LEADER_NOT_AVAILABLE), every
 * call fails. So on those errors the admin is replaced by a fresh one and the operation is tried once more; if it
 * still fails, the problem is the operation's own topic. (Reads avoid the admin altogether: see metadata.ts.)
 */
export async function withAdmin<T>(conn: KafkaConnection, what: string, fn: (admin: Admin) => Promise<T>, timeoutMs = ADMIN_TIMEOUT_MS): Promise<T> {
  try {
    try {
      return await withTimeout(fn(await conn.admin()), timeoutMs, what)
    } catch (e) {
      if (!isStaleTopicError(e)) throw e
      await conn.reset()
      return await withTimeout(fn(await conn.admin()), timeoutMs, what)
    }
  } catch (e) {
    const err = toKafkaAppError(e, conn.profile.bootstrapServers)
    if (err.code === 'BROKERS_UNREACHABLE' || err.code === 'TIMEOUT') await conn.reset()
    throw err
  }
}
