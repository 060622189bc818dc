import type { TopicDetail } from '../../shared/contract'
import { hasKafkaErrorType } from '../kafka/kafka-errors'
import { AppError } from '../rpc/app-error'
import type { KafkaConnection } from '../kafka/connection-registry'
import { readOffsets } from '../kafka/offsets'
import { withAdmin } from '../kafka/with-admin'
import { refuseInternal, topicGone, topicPartitions } from './topic-guards'
import { describeTopic } from './topics.service'

export async function addPartitions(conn: KafkaConnection, topic: string, total: number): Promise<TopicDetail> {
  refuseInternal(topic, 'changed')
  const now = (await topicPartitions(conn, topic)).length
  if (total <= now) {
    throw new AppError('INVALID_INPUT', `${topic} has ${now} partition${now === 1 ? '' : 's'}; Kafka can only add partitions, so choose more than ${now}.`)
  }
  await withAdmin(conn, `Adding partitions to ${topic}`, (admin) => admin.createPartitions({ topicPartitions: [{ topic, count: total }] }))
  return describeTopic(conn, topic)
}

export async function deleteTopic(conn: KafkaConnection, topic: string): Promise<null> {
  refuseInternal(topic, 'deleted')
  await topicPartitions(conn, topic) // TOPIC_NOT_FOUND when someone else deleted it first
  return withAdmin(conn, `Deleting ${topic}`, async (admin) => {
    try {
      await admin.deleteTopics({ topics: [topic], timeout: 10_000 })
    } catch (e) {
      if (hasKafkaErrorType(e, 'UNKNOWN_TOPIC_OR_PARTITION')) throw topicGone(topic)
      throw e
    }
    return null
  })
}

/** Deletes records before each given offset; refuses offsets past the end rather than letting Kafka fail late. */
export async function deleteRecords(conn: KafkaConnection, topic: string, partitions: Array<{ partition: number; offset: string }>): Promise<TopicDetail> {
  refuseInternal(topic, 'truncated')
  const meta = await topicPartitions(conn, topic)
  const { offsets } = await readOffsets(conn, topic, meta)
  for (const p of partitions) {
    if (p.partition >= meta.length) throw new AppError('INVALID_INPUT', `${topic} has no partition ${p.partition} (it has ${meta.length}: 0 to ${meta.length - 1}).`)
    const o = offsets.get(p.partition)
    if (!o) throw new AppError('LEADER_NOT_AVAILABLE', `Partition ${p.partition} of ${topic} has no live leader right now, so its records cannot be deleted.`)
    if (p.offset !== '-1' && BigInt(p.offset) > BigInt(o.high)) {
      throw new AppError('INVALID_INPUT', `Offset ${p.offset} is past the end of partition ${p.partition} (its latest offset is ${o.high}).`)
    }
  }
  const resolved = partitions.map((p) => ({ partition: p.partition, offset: p.offset === '-1' ? (offsets.get(p.partition)?.high ?? '0') : p.offset }))
  await withAdmin(conn, `Deleting records of ${topic}`, (admin) => admin.deleteTopicRecords({ topic, partitions: resolved }))
  return describeTopic(conn, topic)
}
