import type { KafkaConnection } from './connection-registry'
import { kafkaErrorValue, withTimeout } from './kafka-errors'
import type { PartitionMetadata } from './metadata'

export interface PartitionOffsets {
  low: string
  high: string
}

const LATEST = -1
const EARLIEST = -2

/**
 * Earliest and latest offsets of each partition, asked of each partition's leader directly (ListOffsets), so a
 * partition without a leader only loses its own figures instead of failing the whole topic.
 */
export async function readOffsets(conn: KafkaConnection, topic: string, partitions: PartitionMetadata[]): Promise<{ offsets: Map<number, PartitionOffsets>; error: string | null }> {
  const cluster = await conn.cluster()
  const byLeader = new Map<number, number[]>()
  for (const p of partitions) if (p.leader >= 0) byLeader.set(p.leader, [...(byLeader.get(p.leader) ?? []), p.partitionId])
  const offsets = new Map<number, PartitionOffsets>()
  const errors: string[] = []
  if (partitions.some((p) => p.leader < 0)) {
    errors.push('Some partitions have no live leader, so their offsets cannot be read.')
  }
  await Promise.all(
    [...byLeader].map(async ([leader, ids]) => {
      try {
        const broker = await cluster.findBroker({ nodeId: String(leader) })
        const ask = (timestamp: number) => broker.listOffsets({ replicaId: -1, isolationLevel: 0, topics: [{ topic, partitions: ids.map((partition) => ({ partition, timestamp })) }] })
        const [low, high] = await withTimeout(Promise.all([ask(EARLIEST), ask(LATEST)]), 10_000, `Reading offsets from broker ${leader}`)
        const lows = new Map(low.responses.flatMap((r) => r.partitions).map((p) => [p.partition, p.offset]))
        for (const p of high.responses.flatMap((r) => r.partitions)) {
          const l = lows.get(p.partition)
          if (l !== undefined) offsets.set(p.partition, { low: String(l), high: String(p.offset) })
        }
      } catch (e) {
        errors.push(`Broker ${leader}: ${kafkaErrorValue(e).message}`)
      }
    }),
  )
  return { offsets, error: errors.length ? errors.join(' ') : null }
}

/**
 * The first offset at or after `timestamp` (ms) in each partition, from its leader; the partition's end when no
 * message is that recent (Kafka answers -1).
 */
export async function offsetsForTimestamp(conn: KafkaConnection, topic: string, partitions: PartitionMetadata[], timestamp: number): Promise<Map<number, string>> {
  const cluster = await conn.cluster()
  const byLeader = new Map<number, number[]>()
  for (const p of partitions) if (p.leader >= 0) byLeader.set(p.leader, [...(byLeader.get(p.leader) ?? []), p.partitionId])
  const result = new Map<number, string>()
  await Promise.all(
    [...byLeader].map(async ([leader, ids]) => {
      const broker = await cluster.findBroker({ nodeId: String(leader) })
      const r = await broker.listOffsets({ replicaId: -1, isolationLevel: 0, topics: [{ topic, partitions: ids.map((partition) => ({ partition, timestamp })) }] })
      for (const p of r.responses.flatMap((x) => x.partitions)) result.set(p.partition, String(p.offset))
    }),
  )
  return result
}
