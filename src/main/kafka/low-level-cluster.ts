import type { Kafka } from 'kafkajs'

/** The parts of kafkajs's internal Broker/Cluster that Kafka Lab relies on (kafkajs pinned to 2.2.4). */
/** A record as kafkajs decodes it (RecordBatch v2). */
export interface FetchedRecord {
  offset: string
  timestamp: string
  key: Buffer | null
  value: Buffer | null
  /** kafkajs groups headers by key: a repeated key becomes an array */
  headers: Record<string, Buffer | null | Array<Buffer | null>>
  isControlRecord: boolean
}

export interface FetchedPartition {
  partition: number
  errorCode: number
  highWatermark: string
  messages: FetchedRecord[]
}

export interface LowLevelBroker {
  nodeId: number
  connectionPool: { send<T = unknown>(req: { request: unknown; response: unknown }): Promise<T> }
  fetch(args: {
    replicaId?: number
    isolationLevel?: number
    maxWaitTime?: number
    minBytes?: number
    maxBytes?: number
    topics: Array<{ topic: string; partitions: Array<{ partition: number; fetchOffset: string; maxBytes: number }> }>
  }): Promise<{ responses: Array<{ topicName: string; partitions: FetchedPartition[] }> }>
  listOffsets(args: { replicaId?: number; isolationLevel?: number; topics: Array<{ topic: string; partitions: Array<{ partition: number; timestamp: number }> }> }): Promise<{
    responses: Array<{ topic: string; partitions: Array<{ partition: number; offset: string; errorCode: number }> }>
  }>
}

export interface LowLevelCluster {
  connect(): Promise<void>
  disconnect(): Promise<void>
  refreshMetadata(): Promise<void>
  findControllerBroker(): Promise<LowLevelBroker>
  findBroker(q: { nodeId: string | number }): Promise<LowLevelBroker>
  brokerPool: { brokers: Record<string, { isConnected(): boolean }> }
}

/**
 * Runs fn against one live broker: connected ones first, then the others, until one answers. (kafkajs's own
 * brokerPool.withBroker lets a dead broker's connection error escape instead of trying the next one.)
 */
export async function withAnyBroker<T>(cluster: LowLevelCluster, fn: (broker: LowLevelBroker) => Promise<T>): Promise<T> {
  const pool = cluster.brokerPool.brokers
  const ids = Object.keys(pool).sort((a, b) => Number(pool[b]?.isConnected() ?? false) - Number(pool[a]?.isConnected() ?? false))
  let last: unknown = new Error('no broker known yet')
  for (const id of ids) {
    try {
      return await fn(await cluster.findBroker({ nodeId: id }))
    } catch (e) {
      last = e
    }
  }
  throw last
}

/**
 * kafkajs's public API has no way to send a request it does not model (e.g. cancelling a reassignment, which needs
 * null replicas) nor to fetch partitions without a consumer group. Its own Cluster object — same connections,
 * retries and metadata handling as the admin — is reachable through the private factory on the Kafka instance.
 */
export function createLowLevelCluster(kafka: Kafka): LowLevelCluster {
  const factory = Object.getOwnPropertySymbols(kafka).find((s) => s.description === 'private:Kafka:createCluster')
  if (!factory) throw new Error('kafkajs internals changed: private:Kafka:createCluster not found (kafkajs must stay at 2.2.4)')
  const create = (kafka as unknown as Record<symbol, (o: object) => LowLevelCluster>)[factory]
  if (!create) throw new Error('kafkajs internals changed')
  return create({ allowAutoTopicCreation: false })
}
