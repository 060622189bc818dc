import type { Consumer } from 'kafkajs'
import type { TailEvent } from '../../shared/contract'
import type { KafkaConnection } from '../kafka/connection-registry'
import { hasKafkaErrorType, kafkaErrorValue } from '../kafka/kafka-errors'
import { readTopicMetadata } from '../kafka/metadata'
import { readOffsets } from '../kafka/offsets'
import { abortableSleep } from '../rpc/abortable-sleep'
import type { StreamOutput } from '../rpc/stream-runner'
import { toMessage } from './browse.service'

/**
 * Tails without a consumer group: keeps each partition's next offset and fetches from the partition leaders
 * (long-poll 500 ms). After a leader change or a broker restart it re-reads the metadata and goes on from the same
 * offsets — no gap, no duplicate. Backpressure: when the client falls behind, fetching waits.
 */
export async function tailWithoutGroup(conn: KafkaConnection, topic: string, from: 'latest' | 'beginning', out: StreamOutput<TailEvent>): Promise<void> {
  const meta = await readTopicMetadata(conn, topic)
  const { offsets } = await readOffsets(conn, topic, meta.partitionMetadata)
  const next = new Map<number, bigint>()
  for (const p of meta.partitionMetadata) {
    const o = offsets.get(p.partitionId)
    next.set(p.partitionId, o ? BigInt(from === 'latest' ? o.high : o.low) : -1n)
  }
  out.emit({ kind: 'notice', text: `Tailing ${topic} without a consumer group from the ${from === 'latest' ? 'end' : 'beginning'} of ${next.size} partitions.` })

  let partitions = meta.partitionMetadata
  let metadataAt = Date.now()
  let stale = false
  while (!out.signal.aborted) {
    // Metadata is re-read after any fetch error (leader moved, broker gone) and every few seconds (new partitions,
    // deleted topic) — not on every round, which would cost a request per fetch.
    if (stale || Date.now() - metadataAt > 5000) {
      try {
        partitions = (await readTopicMetadata(conn, topic)).partitionMetadata
        metadataAt = Date.now()
        stale = false
      } catch (e) {
        if (kafkaErrorValue(e).code === 'TOPIC_NOT_FOUND') throw e
        await abortableSleep(1000, out.signal)
        continue
      }
    }
    // Partitions without a known position: -1 (no leader at start) follows `from`; absent (added while tailing,
    // or truncated under us) starts at its beginning.
    const unresolved = partitions.filter((p) => (next.get(p.partitionId) ?? -1n) < 0n)
    if (unresolved.length) {
      const r = await readOffsets(conn, topic, unresolved)
      for (const p of unresolved) {
        const o = r.offsets.get(p.partitionId)
        if (o) next.set(p.partitionId, BigInt(next.has(p.partitionId) && from === 'latest' ? o.high : o.low))
      }
    }
    const cluster = await conn.cluster()
    const byLeader = new Map<number, number[]>()
    for (const p of partitions) if (p.leader >= 0 && (next.get(p.partitionId) ?? -1n) >= 0n) byLeader.set(p.leader, [...(byLeader.get(p.leader) ?? []), p.partitionId])
    // One round: every leader fetched in parallel; any error sends us back to the metadata.
    const ok = await Promise.all(
      [...byLeader].map(async ([leader, ids]) => {
        try {
          const broker = await cluster.findBroker({ nodeId: String(leader) })
          const res = await broker.fetch({
            replicaId: -1,
            isolationLevel: 0,
            maxWaitTime: 500,
            minBytes: 1,
            maxBytes: 32 * 1024 * 1024,
            topics: [{ topic, partitions: ids.map((partition) => ({ partition, fetchOffset: String(next.get(partition)), maxBytes: 8 * 1024 * 1024 })) }],
          })
          for (const p of res.responses.flatMap((x) => x.partitions)) {
            let pos = next.get(p.partition) ?? 0n
            for (const m of p.messages) {
              const offset = BigInt(m.offset)
              if (offset < pos || m.isControlRecord) continue
              out.emit({ kind: 'message', message: toMessage(p.partition, m) })
              pos = offset + 1n
            }
            next.set(p.partition, pos)
          }
          return true
        } catch (e) {
          if (hasKafkaErrorType(e, 'OFFSET_OUT_OF_RANGE')) for (const id of ids) next.delete(id) // truncated under us: restart at the earliest
          return false
        }
      }),
    )
    if (byLeader.size === 0 || ok.includes(false)) {
      stale = true
      await abortableSleep(500, out.signal)
    }
    await out.waitForCapacity()
  }
}

/**
 * Tails as a consumer group (like --group): the group appears on the cluster with its members and lag; it
 * resumes from committed offsets when it exists, else starts where `from` says. Stopping leaves the group.
 */
export async function tailWithGroup(conn: KafkaConnection, topic: string, from: 'latest' | 'beginning', group: string, out: StreamOutput<TailEvent>): Promise<void> {
  await readTopicMetadata(conn, topic)
  const consumer: Consumer = conn.kafka.consumer({ groupId: group, allowAutoTopicCreation: false, retry: { retries: 5 } })
  const stopped = new Promise<void>((resolve) => out.signal.addEventListener('abort', () => resolve(), { once: true }))
  // kafkajs restarts the consumer after retriable failures by itself; anything else ends the tail with the error.
  const crashed = new Promise<never>((_, reject) =>
    consumer.on(consumer.events.CRASH, (e) => {
      if (!e.payload.restart) reject(e.payload.error)
    }),
  )
  try {
    await consumer.connect()
    await consumer.subscribe({ topic, fromBeginning: from === 'beginning' })
    out.emit({ kind: 'notice', text: `Joining consumer group "${group}"… (the broker waits group.initial.rebalance.delay.ms, 3 s by default, before the first assignment)` })
    consumer.on(consumer.events.GROUP_JOIN, (e) => {
      const mine = Object.entries(e.payload.memberAssignment).map(([t, ps]) => `${t}: ${(ps as number[]).join(',')}`).join('; ')
      out.emit({ kind: 'notice', text: `Joined group "${group}" as ${e.payload.memberId.slice(0, 24)}… — assigned ${mine || 'nothing'}` })
    })
    await consumer.run({
      eachBatchAutoResolve: true,
      eachBatch: async ({ batch, heartbeat }) => {
        for (const m of batch.messages) out.emit({ kind: 'message', message: toMessage(batch.partition, m as never) })
        await heartbeat()
        await out.waitForCapacity()
      },
    })
    await Promise.race([stopped, crashed])
  } finally {
    await consumer.disconnect().catch(() => {}) // leaves the group
  }
}
