import type { BrowseResult, BrowseStart, KafkaHeader, KafkaMessage, PartitionRange } from '../../shared/contract'
import type { KafkaConnection } from '../kafka/connection-registry'
import type { FetchedRecord } from '../kafka/low-level-cluster'
import { readTopicMetadata } from '../kafka/metadata'
import { offsetsForTimestamp, readOffsets } from '../kafka/offsets'
import { AppError } from '../rpc/app-error'
import { fetchPartitions, type PartitionRead } from './fetch-partitions'

const b64 = (b: Buffer | null | undefined) => (b == null ? null : b.toString('base64'))

function headersOf(h: FetchedRecord['headers']): KafkaHeader[] {
  return Object.entries(h ?? {}).flatMap(([key, v]) => (Array.isArray(v) ? v : [v]).map((value) => ({ key, value: b64(value) })))
}

export function toMessage(partition: number, m: FetchedRecord): KafkaMessage {
  return { partition, offset: m.offset, timestamp: m.timestamp, key: b64(m.key), value: b64(m.value), headers: headersOf(m.headers) }
}

/** Timestamp order across partitions; offset order within one (ties on equal timestamps). */
function byTime(a: KafkaMessage, b: KafkaMessage): number {
  const d = BigInt(a.timestamp) - BigInt(b.timestamp)
  if (d !== 0n) return d < 0n ? -1 : 1
  if (a.partition !== b.partition) return a.partition - b.partition
  return BigInt(a.offset) < BigInt(b.offset) ? -1 : 1
}

const max = (a: bigint, b: bigint) => (a > b ? a : b)
const min = (a: bigint, b: bigint) => (a < b ? a : b)

/** Reads up to `limit` messages of a topic without a consumer group (see fetch-partitions.ts). */
export async function browseMessages(conn: KafkaConnection, input: { topic: string; partition: number | null; start: BrowseStart; limit: number }): Promise<BrowseResult> {
  const t0 = Date.now()
  const meta = await readTopicMetadata(conn, input.topic)
  const count = meta.partitionMetadata.length
  if (input.partition !== null && input.partition >= count) {
    throw new AppError('INVALID_INPUT', `${input.topic} has no partition ${input.partition} (it has ${count}: 0 to ${count - 1}).`)
  }
  const parts = meta.partitionMetadata.filter((p) => input.partition === null || p.partitionId === input.partition)
  const leaderless = parts.filter((p) => p.leader < 0).map((p) => p.partitionId)
  if (leaderless.length === parts.length) {
    throw new AppError('LEADER_NOT_AVAILABLE', `Partition${leaderless.length > 1 ? 's' : ''} ${leaderless.join(', ')} of ${input.topic} ha${leaderless.length > 1 ? 've' : 's'} no live leader: its brokers are down.`)
  }
  const { offsets } = await readOffsets(conn, input.topic, parts)
  const byTimestamp = input.start.kind === 'timestamp' ? await offsetsForTimestamp(conn, input.topic, parts, input.start.timestamp) : null
  const limit = BigInt(input.limit)

  const reads: PartitionRead[] = []
  const ranges: PartitionRange[] = []
  for (const p of parts) {
    const o = offsets.get(p.partitionId)
    if (!o) continue
    ranges.push({ partition: p.partitionId, low: o.low, high: o.high })
    const low = BigInt(o.low)
    const high = BigInt(o.high)
    let from: bigint
    switch (input.start.kind) {
      case 'beginning': from = low; break
      case 'latest': from = max(low, high - limit); break
      case 'offset': from = min(max(low, BigInt(input.start.offset)), high); break
      case 'timestamp': {
        const at = BigInt(byTimestamp?.get(p.partitionId) ?? '-1')
        from = at < 0n ? high : max(low, at)
      }
    }
    // Each partition can contribute at most `limit` messages to the merged result.
    reads.push({ partition: p.partitionId, leader: p.leader, from, to: min(high, from + limit) })
  }

  const fetched = await fetchPartitions(conn, input.topic, reads)
  const all = [...fetched].flatMap(([partition, records]) => records.map((m) => toMessage(partition, m))).sort(byTime)
  const messages = input.start.kind === 'latest' ? all.slice(-input.limit) : all.slice(0, input.limit)
  const available = reads.reduce((sum, r) => {
    const high = BigInt(ranges.find((x) => x.partition === r.partition)?.high ?? '0')
    return sum + (high > r.from ? high - r.from : 0n)
  }, 0n)
  return { messages, partitions: ranges, more: input.start.kind !== 'latest' && available > BigInt(messages.length), tookMs: Date.now() - t0 }
}
