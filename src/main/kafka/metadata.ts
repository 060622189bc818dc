import Encoder from 'kafkajs/src/protocol/encoder'
import metadataV5 from 'kafkajs/src/protocol/requests/metadata/v5/response'
import { AppError } from '../rpc/app-error'
import type { KafkaConnection } from './connection-registry'
import { toKafkaAppError, withTimeout } from './kafka-errors'
import { type LowLevelBroker, withAnyBroker } from './low-level-cluster'

export interface PartitionMetadata {
  partitionErrorCode: number
  partitionId: number
  /** -1 when the partition has no live leader */
  leader: number
  replicas: number[]
  isr: number[]
  offlineReplicas: number[]
}

export interface TopicMetadata {
  topicErrorCode: number
  topic: string
  isInternal: boolean
  partitionMetadata: PartitionMetadata[]
}

export interface ClusterMetadata {
  clusterId: string
  brokers: Array<{ nodeId: number; host: string; port: number; rack: string | null }>
  topicMetadata: TopicMetadata[]
}

const UNKNOWN_TOPIC_OR_PARTITION = 3
const METADATA_TIMEOUT_MS = 10_000

/**
 * Metadata v5 (supported by Kafka 1.0 up to 4.x; v0-v3 were removed in 4.0), encoded here because kafkajs writes an
 * empty topic list as null ("all topics") — asking for brokers only would fetch every topic's metadata.
 */
function metadataRequest(topics: string[] | null) {
  return {
    apiKey: 3,
    apiVersion: 5,
    apiName: 'Metadata',
    encode: async () => {
      const e = new Encoder()
      if (topics === null) e.writeInt32(-1)
      else e.writeArray(topics, 'string')
      return e.writeBoolean(false) // allow_auto_topic_creation: looking must never create
    },
  }
}

/**
 * A Metadata request that keeps partition errors as data. kafkajs's own parse throws on the first partition without
 * a leader, which makes every metadata call fail as soon as one broker stops — exactly the moment the lab wants to
 * look at (leader -1, ISR shrunk, offline replicas). Sent to any live broker of kafkajs's broker pool.
 * `topics` null means all topics; [] means none (brokers and cluster id only).
 */
export async function readMetadata(conn: KafkaConnection, topics: string[] | null): Promise<ClusterMetadata> {
  try {
    return await withTimeout(
      (async () => {
        const cluster = await conn.cluster()
        const send = (broker: LowLevelBroker) =>
          broker.connectionPool.send<ClusterMetadata>({ request: metadataRequest(topics), response: { decode: metadataV5.decode, parse: async (d: unknown) => d } })
        try {
          return await withAnyBroker(cluster, send)
        } catch {
          // every known broker failed: start again from the bootstrap servers once
          await conn.reset()
          return await withAnyBroker(await conn.cluster(), send)
        }
      })(),
      METADATA_TIMEOUT_MS,
      'Reading the cluster metadata',
    )
  } catch (e) {
    const err = toKafkaAppError(e, conn.profile.bootstrapServers)
    if (err.code === 'BROKERS_UNREACHABLE' || err.code === 'TIMEOUT') await conn.reset()
    throw err
  }
}

/** One topic's metadata, or TOPIC_NOT_FOUND naming it. Partitions sorted by id; leaderless ones included. */
export async function readTopicMetadata(conn: KafkaConnection, topic: string): Promise<TopicMetadata> {
  const md = await readMetadata(conn, [topic])
  const t = md.topicMetadata.find((x) => x.topic === topic)
  if (!t || t.topicErrorCode === UNKNOWN_TOPIC_OR_PARTITION) {
    throw new AppError('TOPIC_NOT_FOUND', `Topic "${topic}" does not exist (any more): someone may just have deleted it.`)
  }
  return { ...t, partitionMetadata: [...t.partitionMetadata].sort((a, b) => a.partitionId - b.partitionId) }
}
