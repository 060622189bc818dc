import { type Admin, Kafka, logLevel, type LogEntry, type Producer } from 'kafkajs'
import type { Profile } from '../../shared/contract'
import { toKafkaAppError, withTimeout } from './kafka-errors'
import { createLowLevelCluster, type LowLevelCluster } from './low-level-cluster'

/** How long connecting to a cluster may take before the UI is told it failed. */
export const CONNECT_TIMEOUT_MS = 10_000

export interface KafkaConnection {
  readonly profile: Profile
  readonly kafka: Kafka
  /** A connected admin client; reconnects after the cluster was lost. */
  admin(): Promise<Admin>
  /** A connected producer. Partitions are chosen by Kafka Lab (see produce.service.ts), never by kafkajs. */
  producer(): Promise<Producer>
  /** kafkajs's internal cluster, for requests the admin does not model (see low-level-cluster.ts). */
  cluster(): Promise<LowLevelCluster>
  /** Marks the admin as broken so the next admin() connects anew (after the whole cluster went away). */
  reset(): Promise<void>
}

/** kafkajs logs every failed retry at ERROR; keep them out of the user's terminal unless debugging. */
function logCreator() {
  const debug = !!process.env.KAFKA_LAB_DEBUG
  return ({ namespace, log }: LogEntry) => {
    if (debug) console.error(`[kafkajs] ${namespace}: ${log.message}`)
  }
}

export function createKafka(profile: Profile): Kafka {
  return new Kafka({
    clientId: profile.clientId,
    brokers: profile.bootstrapServers,
    // Short connection timeout and few retries: an unreachable bootstrap must fail within seconds, not minutes.
    connectionTimeout: 3000,
    requestTimeout: 15_000,
    retry: { retries: 3, initialRetryTime: 200, maxRetryTime: 2000 },
    logLevel: logLevel.WARN,
    logCreator,
  })
}

class Connection implements KafkaConnection {
  readonly kafka: Kafka
  private adminClient: Admin | null = null
  private connecting: Promise<Admin> | null = null
  private lowLevel: Promise<LowLevelCluster> | null = null
  private producing: Promise<Producer> | null = null

  constructor(readonly profile: Profile) {
    this.kafka = createKafka(profile)
  }

  admin(): Promise<Admin> {
    if (this.adminClient) return Promise.resolve(this.adminClient)
    this.connecting ??= this.connect().finally(() => {
      this.connecting = null
    })
    return this.connecting
  }

  private async connect(): Promise<Admin> {
    const admin = this.kafka.admin({ retry: { retries: 2, initialRetryTime: 200, maxRetryTime: 1500 } })
    try {
      await withTimeout(admin.connect(), CONNECT_TIMEOUT_MS, 'Connecting to the cluster')
    } catch (e) {
      void admin.disconnect().catch(() => {})
      throw toKafkaAppError(e, this.profile.bootstrapServers)
    }
    this.adminClient = admin
    return admin
  }

  producer(): Promise<Producer> {
    this.producing ??= (async () => {
      const p = this.kafka.producer({ allowAutoTopicCreation: false, retry: { retries: 2, initialRetryTime: 200, maxRetryTime: 1500 } })
      await withTimeout(p.connect(), CONNECT_TIMEOUT_MS, 'Connecting the producer').catch((e: unknown) => {
        this.producing = null
        throw toKafkaAppError(e, this.profile.bootstrapServers)
      })
      return p
    })()
    return this.producing
  }

  cluster(): Promise<LowLevelCluster> {
    this.lowLevel ??= (async () => {
      const c = createLowLevelCluster(this.kafka)
      // connect() reaches one seed broker; the metadata refresh (for no topics) fills the broker pool.
      await withTimeout(c.connect().then(() => c.refreshMetadata()), CONNECT_TIMEOUT_MS, 'Connecting to the cluster').catch((e: unknown) => {
        this.lowLevel = null
        throw toKafkaAppError(e, this.profile.bootstrapServers)
      })
      return c
    })()
    return this.lowLevel
  }

  async reset(): Promise<void> {
    const a = this.adminClient
    const c = this.lowLevel
    const p = this.producing
    this.adminClient = null
    this.lowLevel = null
    this.producing = null
    await a?.disconnect().catch(() => {})
    await c?.then((x) => x.disconnect()).catch(() => {})
    await p?.then((x) => x.disconnect()).catch(() => {})
  }

  async close(): Promise<void> {
    await this.reset()
  }
}

/**
 * One kafkajs client + admin per profile, shared by every window/session using that profile, disconnected when the
 * last user leaves (profile switch, window closed) and on quit.
 */
export class ConnectionRegistry {
  private readonly entries = new Map<string, { conn: Connection; users: Set<string> }>()

  acquire(profile: Profile, userId: string): KafkaConnection {
    const key = profile.id
    const existing = this.entries.get(key)
    if (existing && sameTarget(existing.conn.profile, profile)) {
      existing.users.add(userId)
      return existing.conn
    }
    if (existing) void this.drop(key)
    const entry = { conn: new Connection(profile), users: new Set([userId]) }
    this.entries.set(key, entry)
    return entry.conn
  }

  release(profileId: string, userId: string): void {
    const entry = this.entries.get(profileId)
    if (!entry) return
    entry.users.delete(userId)
    if (entry.users.size === 0) void this.drop(profileId)
  }

  /** A profile was edited or deleted: its old client must not be reused. */
  async invalidate(profileId: string): Promise<void> {
    await this.drop(profileId)
  }

  activeProfiles(): string[] {
    return [...this.entries.keys()]
  }

  async closeAll(): Promise<void> {
    await Promise.all([...this.entries.keys()].map((k) => this.drop(k)))
  }

  private async drop(key: string): Promise<void> {
    const entry = this.entries.get(key)
    this.entries.delete(key)
    await entry?.conn.close()
  }
}

function sameTarget(a: Profile, b: Profile): boolean {
  return a.clientId === b.clientId && a.bootstrapServers.join(',') === b.bootstrapServers.join(',')
}
