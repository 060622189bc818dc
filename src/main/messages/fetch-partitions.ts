import type { KafkaConnection } from '../kafka/connection-registry'
import { toKafkaAppError, withTimeout } from '../kafka/kafka-errors'
import type { FetchedRecord } from '../kafka/low-level-cluster'

export interface PartitionRead {
  partition: number
  leader: number
  /** first offset to read (inclusive) */
  from: bigint
  /** stop before this offset (exclusive): the high watermark, or earlier to cap the count */
  to: bigint
}

/** Short broker-side wait: browsing reads what is there, it does not wait for new data. */
const MAX_WAIT_MS = 100
const PARTITION_MAX_BYTES = 4 * 1024 * 1024

/**
 * Reads [from, to) of each partition straight from its leader with Fetch requests — the assign()-style read that
 * kafkajs's consumer lacks. No group is joined, nothing is committed. Partitions of one leader share a request;
 * leaders are read in parallel. Empty ranges are skipped instead of waited on.
 */
export async function fetchPartitions(conn: KafkaConnection, topic: string, reads: PartitionRead[]): Promise<Map<number, FetchedRecord[]>> {
  const cluster = await conn.cluster()
  const out = new Map<number, FetchedRecord[]>(reads.map((r) => [r.partition, []]))
  const byLeader = new Map<number, PartitionRead[]>()
  for (const r of reads) if (r.from < r.to) byLeader.set(r.leader, [...(byLeader.get(r.leader) ?? []), { ...r }])

  await Promise.all(
    [...byLeader].map(async ([leader, pending]) => {
      const broker = await cluster.findBroker({ nodeId: String(leader) })
      let open = pending
      while (open.length > 0) {
        const res = await withTimeout(
          broker.fetch({
            replicaId: -1,
            isolationLevel: 0,
            maxWaitTime: MAX_WAIT_MS,
            minBytes: 1,
            maxBytes: 64 * 1024 * 1024,
            topics: [{ topic, partitions: open.map((r) => ({ partition: r.partition, fetchOffset: r.from.toString(), maxBytes: PARTITION_MAX_BYTES })) }],
          }),
          15_000,
          `Reading ${topic} from broker ${leader}`,
        ).catch((e: unknown) => {
          throw toKafkaAppError(e, conn.profile.bootstrapServers)
        })
        for (const p of res.responses.flatMap((x) => x.partitions)) {
          const read = open.find((r) => r.partition === p.partition)
          if (!read) continue
          const records = out.get(p.partition) ?? []
          let next = read.from
          for (const m of p.messages) {
            const offset = BigInt(m.offset)
            // A batch can start before the requested offset; control records (transaction markers) are not data.
            if (offset >= read.from && offset < read.to && !m.isControlRecord) records.push(m)
            if (offset + 1n > next) next = offset + 1n
          }
          out.set(p.partition, records)
          // An empty answer below the high watermark means only control records/gaps were left: stop there.
          read.from = p.messages.length === 0 ? read.to : next
        }
        open = open.filter((r) => r.from < r.to)
      }
    }),
  )
  return out
}
