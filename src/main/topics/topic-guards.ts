import type { Admin } from 'kafkajs'
import { isInternalTopic } from '../../shared/kafka/internal-topics'
import { hasKafkaErrorType } from '../kafka/kafka-errors'
import { AppError } from '../rpc/app-error'

export interface PartitionMeta {
  partitionId: number
  leader: number
  replicas: number[]
  isr: number[]
}

/** Metadata of one topic, or TOPIC_NOT_FOUND naming it (someone may just have deleted it). */
export async function topicPartitions(admin: Admin, topic: string): Promise<PartitionMeta[]> {
  try {
    const { topics } = await admin.fetchTopicMetadata({ topics: [topic] })
    const t = topics[0]
    if (!t) throw new Error('UNKNOWN_TOPIC_OR_PARTITION')
    return [...t.partitions].sort((a, b) => a.partitionId - b.partitionId)
  } catch (e) {
    if (hasKafkaErrorType(e, 'UNKNOWN_TOPIC_OR_PARTITION') || (e as Error).message === 'UNKNOWN_TOPIC_OR_PARTITION') throw topicGone(topic)
    throw e
  }
}

export function topicGone(topic: string): AppError {
  return new AppError('TOPIC_NOT_FOUND', `Topic "${topic}" does not exist (any more): someone may just have deleted it.`)
}

export async function liveBrokerIds(admin: Admin): Promise<number[]> {
  const { brokers } = await admin.describeCluster()
  return brokers.map((b) => b.nodeId).sort((a, b) => a - b)
}

export function refuseInternal(topic: string, action: string): void {
  if (isInternalTopic(topic)) throw new AppError('INVALID_INPUT', `"${topic}" is internal to Kafka and cannot be ${action} from Kafka Lab.`)
}
