import type { PartitionDetail, TopicDetail, TopicSummary } from '../../shared/contract'
import { isInternalTopic } from '../../shared/kafka/internal-topics'
import { offsetDiff, offsetSum } from '../../shared/kafka/offsets'
import { AppError } from '../rpc/app-error'
import type { KafkaConnection } from '../kafka/connection-registry'
import { hasKafkaErrorType, kafkaErrorValue } from '../kafka/kafka-errors'
import { withAdmin } from '../kafka/with-admin'

interface PartitionMetadata {
  partitionId: number
  leader: number
  replicas: number[]
  isr: number[]
  offlineReplicas?: number[]
}

function summarize(name: string, partitions: PartitionMetadata[]): TopicSummary {
  return {
    name,
    partitions: partitions.length,
    replicationFactor: Math.max(0, ...partitions.map((p) => p.replicas.length)),
    underReplicated: partitions.filter((p) => p.isr.length < p.replicas.length).length,
    offline: partitions.filter((p) => p.leader < 0).length,
    internal: isInternalTopic(name),
  }
}

/** All topics with their partition health, from a single Metadata request (cheap even for 10,000 topics). */
export async function listTopics(conn: KafkaConnection): Promise<TopicSummary[]> {
  return withAdmin(conn, 'Listing topics', async (admin) => {
    const { topics } = await admin.fetchTopicMetadata()
    return topics.map((t) => summarize(t.name, t.partitions)).sort((a, b) => a.name.localeCompare(b.name))
  })
}

export async function describeTopic(conn: KafkaConnection, topic: string): Promise<TopicDetail> {
  return withAdmin(conn, `Describing ${topic}`, async (admin) => {
    // kafkajs's admin sends Metadata with allow_auto_topic_creation=false, so asking never creates the topic.
    const { topics } = await admin.fetchTopicMetadata({ topics: [topic] })
    const meta = topics[0]
    if (!meta) throw new AppError('TOPIC_NOT_FOUND', `Topic "${topic}" does not exist.`)
    const metaPartitions: PartitionMetadata[] = [...meta.partitions].sort((a, b) => a.partitionId - b.partitionId)

    // Offsets need every partition's leader; when one is down the topology is still worth showing.
    let offsets: Map<number, { low: string; high: string }> | null = null
    let offsetsError: string | null = null
    if (metaPartitions.some((p) => p.leader < 0)) {
      offsetsError = 'Some partitions have no live leader, so their offsets cannot be read.'
    } else {
      try {
        const list = await admin.fetchTopicOffsets(topic)
        offsets = new Map(list.map((o) => [o.partition, { low: o.low, high: o.high }]))
      } catch (e) {
        // a stale topic in kafkajs's metadata: let withAdmin retry with a fresh admin
        if (hasKafkaErrorType(e, 'UNKNOWN_TOPIC_OR_PARTITION')) throw e
        offsetsError = kafkaErrorValue(e).message
      }
    }

    const partitions: PartitionDetail[] = metaPartitions.map((p) => {
      const o = offsets?.get(p.partitionId)
      return {
        partition: p.partitionId,
        leader: p.leader,
        replicas: p.replicas,
        isr: p.isr,
        offlineReplicas: p.offlineReplicas ?? [],
        earliestOffset: o?.low ?? null,
        latestOffset: o?.high ?? null,
        messages: o ? offsetDiff(o.high, o.low) : null,
      }
    })
    const counts = partitions.map((p) => p.messages)
    return {
      name: topic,
      internal: isInternalTopic(topic),
      replicationFactor: summarize(topic, metaPartitions).replicationFactor,
      partitions,
      totalMessages: counts.every((c): c is string => c !== null) ? offsetSum(counts) : null,
      offsetsError,
    }
  })
}
