import { isInternalTopic } from '../../shared/kafka/internal-topics'
import type { KafkaConnection } from '../kafka/connection-registry'
import { type PartitionMetadata, readMetadata, readTopicMetadata } from '../kafka/metadata'
import { AppError } from '../rpc/app-error'

/** A topic's partitions (leaderless ones included), or TOPIC_NOT_FOUND naming it. */
export async function topicPartitions(conn: KafkaConnection, topic: string): Promise<PartitionMetadata[]> {
  return (await readTopicMetadata(conn, topic)).partitionMetadata
}

export function topicGone(topic: string): AppError {
  return new AppError('TOPIC_NOT_FOUND', `Topic "${topic}" does not exist (any more): someone may just have deleted it.`)
}

export async function liveBrokerIds(conn: KafkaConnection): Promise<number[]> {
  return (await readMetadata(conn, [])).brokers.map((b) => b.nodeId).sort((a, b) => a - b)
}

/** Live broker ids and every topic name, from one Metadata request. */
export async function brokersAndTopics(conn: KafkaConnection): Promise<{ live: number[]; topics: string[] }> {
  const md = await readMetadata(conn, null)
  return { live: md.brokers.map((b) => b.nodeId).sort((a, b) => a - b), topics: md.topicMetadata.map((t) => t.topic) }
}

export function refuseInternal(topic: string, action: string): void {
  if (isInternalTopic(topic)) throw new AppError('INVALID_INPUT', `"${topic}" is internal to Kafka and cannot be ${action} from Kafka Lab.`)
}
