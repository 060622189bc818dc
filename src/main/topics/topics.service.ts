import type { PartitionDetail, TopicDetail, TopicSummary } from '../../shared/contract'
import { isInternalTopic } from '../../shared/kafka/internal-topics'
import { offsetDiff, offsetSum } from '../../shared/kafka/offsets'
import type { KafkaConnection } from '../kafka/connection-registry'
import { type PartitionMetadata, readMetadata, readTopicMetadata } from '../kafka/metadata'
import { readOffsets } from '../kafka/offsets'

function summarize(name: string, internal: boolean, partitions: PartitionMetadata[]): TopicSummary {
  return {
    name,
    partitions: partitions.length,
    replicationFactor: Math.max(0, ...partitions.map((p) => p.replicas.length)),
    underReplicated: partitions.filter((p) => p.isr.length < p.replicas.length).length,
    offline: partitions.filter((p) => p.leader < 0).length,
    internal,
  }
}

/** All topics with their partition health, from a single Metadata request (cheap even for 10,000 topics). */
export async function listTopics(conn: KafkaConnection): Promise<TopicSummary[]> {
  const md = await readMetadata(conn, null)
  return md.topicMetadata
    .map((t) => summarize(t.topic, t.isInternal || isInternalTopic(t.topic), t.partitionMetadata))
    .sort((a, b) => a.name.localeCompare(b.name))
}

/** Partitions with leader, replicas, ISR and offsets; a partition without a leader still shows its topology. */
export async function describeTopic(conn: KafkaConnection, topic: string): Promise<TopicDetail> {
  const meta = await readTopicMetadata(conn, topic)
  const { offsets, error } = await readOffsets(conn, topic, meta.partitionMetadata)
  const partitions: PartitionDetail[] = meta.partitionMetadata.map((p) => {
    const o = offsets.get(p.partitionId)
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
  const internal = meta.isInternal || isInternalTopic(topic)
  return {
    name: topic,
    internal,
    replicationFactor: summarize(topic, internal, meta.partitionMetadata).replicationFactor,
    partitions,
    totalMessages: counts.every((c): c is string => c !== null) ? offsetSum(counts) : null,
    offsetsError: error,
  }
}
