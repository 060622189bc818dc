import { CompressionTypes, type IHeaders } from 'kafkajs'
import type { ProduceInput, SendResult, SentMessage } from '../../shared/contract'
import { checkJson } from '../../shared/kafka/json-check'
import { partitionForKey } from '../../shared/kafka/partitioner'
import type { KafkaConnection } from '../kafka/connection-registry'
import { hasKafkaErrorType, toKafkaAppError, withTimeout } from '../kafka/kafka-errors'
import { readTopicMetadata } from '../kafka/metadata'
import { AppError } from '../rpc/app-error'

const ACKS = { all: -1, '1': 1, '0': 0 } as const
const fill = (template: string, i: number) => template.replace(/\{\{i\}\}/g, String(i))

/**
 * Sends `count` messages. Kafka Lab picks each partition itself — the chosen one, murmur2(key) like the Java
 * client, or round-robin without a key — so it can report every message's partition and offset exactly
 * (per partition, offsets follow the base offset the broker returns, in send order).
 */
export async function produce(conn: KafkaConnection, input: ProduceInput): Promise<SendResult> {
  const t0 = Date.now()
  const meta = await readTopicMetadata(conn, input.topic)
  const count = meta.partitionMetadata.length
  if (input.partition !== null && input.partition >= count) {
    throw new AppError('INVALID_INPUT', `${input.topic} has no partition ${input.partition} (it has ${count}: 0 to ${count - 1}).`)
  }
  if (input.valueFormat === 'json' && input.value !== null) {
    const check = checkJson(fill(input.value, 1))
    if (!check.ok) throw new AppError('INVALID_INPUT', check.message)
  }
  let next = Math.floor(Math.random() * count)
  const messages = Array.from({ length: input.count }, (_, n) => {
    const i = n + 1
    const key = input.key === null ? null : fill(input.key, i)
    const partition = input.partition ?? (key !== null ? partitionForKey(key, count) : next++ % count)
    const headers: IHeaders = {}
    for (const h of input.headers) headers[fill(h.key, i)] = fill(h.value, i)
    return { partition, key, value: input.value === null ? null : fill(input.value, i), headers, ...(input.timestamp ? { timestamp: input.timestamp } : {}) }
  })

  const producer = await conn.producer()
  let metadata
  try {
    metadata = await withTimeout(
      producer.send({ topic: input.topic, messages, acks: ACKS[input.acks], compression: input.compression === 'gzip' ? CompressionTypes.GZIP : CompressionTypes.None, timeout: 10_000 }),
      30_000,
      `Sending to ${input.topic}`,
    )
  } catch (e) {
    throw explainSendError(e, conn, input.topic)
  }
  const base = new Map(metadata.map((m) => [m.partition, m.baseOffset === undefined || m.baseOffset === '-1' ? null : BigInt(m.baseOffset)]))
  const seen = new Map<number, bigint>()
  const sent: SentMessage[] = messages.map((m) => {
    const b = base.get(m.partition)
    const idx = seen.get(m.partition) ?? 0n
    seen.set(m.partition, idx + 1n)
    return { partition: m.partition, offset: input.acks === '0' || b === null || b === undefined ? null : (b + idx).toString() }
  })
  return { sent, tookMs: Date.now() - t0 }
}

function explainSendError(e: unknown, conn: KafkaConnection, topic: string): AppError {
  if (hasKafkaErrorType(e, 'NOT_ENOUGH_REPLICAS') || hasKafkaErrorType(e, 'NOT_ENOUGH_REPLICAS_AFTER_APPEND')) {
    return new AppError('KAFKA_ERROR', `NOT_ENOUGH_REPLICAS: with acks=all, ${topic} needs at least min.insync.replicas replicas in sync, and fewer are. Nothing was written. Bring the stopped broker back, or send with acks=1.`)
  }
  if (hasKafkaErrorType(e, 'MESSAGE_TOO_LARGE') || hasKafkaErrorType(e, 'RECORD_LIST_TOO_LARGE')) {
    return new AppError('KAFKA_ERROR', `MESSAGE_TOO_LARGE: the batch is larger than ${topic} accepts (its max.message.bytes, 1048588 bytes by default). Nothing was written.`)
  }
  return toKafkaAppError(e, conn.profile.bootstrapServers)
}
