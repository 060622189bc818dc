import type { Admin } from 'kafkajs'
import type { KafkaConnection } from './connection-registry'
import { toKafkaAppError, withTimeout } from './kafka-errors'

/** Upper bound for one admin operation as seen by the UI. */
export const ADMIN_TIMEOUT_MS = 10_000

/**
 * Runs one admin operation with a deadline and a specific error. When the cluster is gone as a whole, the admin is
 * reset so the next call reconnects instead of retrying a dead socket forever.
 */
export async function withAdmin<T>(conn: KafkaConnection, what: string, fn: (admin: Admin) => Promise<T>, timeoutMs = ADMIN_TIMEOUT_MS): Promise<T> {
  const admin = await conn.admin()
  try {
    return await withTimeout(fn(admin), timeoutMs, what)
  } catch (e) {
    const err = toKafkaAppError(e, conn.profile.bootstrapServers)
    if (err.code === 'BROKERS_UNREACHABLE' || err.code === 'TIMEOUT') await conn.reset()
    throw err
  }
}
