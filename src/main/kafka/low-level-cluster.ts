import type { Kafka } from 'kafkajs'

/** The parts of kafkajs's internal Broker/Cluster that Kafka Lab relies on (kafkajs pinned to 2.2.4). */
export interface LowLevelBroker {
  nodeId: number
  connectionPool: { send<T = unknown>(req: { request: unknown; response: unknown }): Promise<T> }
}

export interface LowLevelCluster {
  connect(): Promise<void>
  disconnect(): Promise<void>
  refreshMetadata(): Promise<void>
  findControllerBroker(): Promise<LowLevelBroker>
  findBroker(q: { nodeId: string | number }): Promise<LowLevelBroker>
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
