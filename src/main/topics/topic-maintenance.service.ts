import type { TopicDetail } from '../../shared/contract'
import { hasKafkaErrorType } from '../kafka/kafka-errors'
import { AppError } from '../rpc/app-error'
import type { KafkaConnection } from '../kafka/connection-registry'
import { withAdmin } from '../kafka/with-admin'
import { refuseInternal, topicGone, topicPartitions } from './topic-guards'
import { describeTopic } from './topics.service'

export function addPartitions(conn: KafkaConnection, topic: string, total: number): Promise<TopicDetail> {
  return withAdmin(conn, `Adding partitions to ${topic}`, async (admin) => {
    refuseInternal(topic, 'changed')
    const now = (await topicPartitions(admin, topic)).length
    if (total <= now) {
      throw new AppError('INVALID_INPUT', `${topic} has ${now} partition${now === 1 ? '' : 's'}; Kafka can only add partitions, so choose more than ${now}.`)
    }
    await admin.createPartitions({ topicPartitions: [{ topic, count: total }] })
    return describeTopic(conn, topic)
  })
}

export function deleteTopic(conn: KafkaConnection, topic: string): Promise<null> {
  return withAdmin(conn, `Deleting ${topic}`, async (admin) => {
    refuseInternal(topic, 'deleted')
    await topicPartitions(admin, topic) // TOPIC_NOT_FOUND when someone else deleted it first
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
export function deleteRecords(conn: KafkaConnection, topic: string, partitions: Array<{ partition: number; offset: string }>): Promise<TopicDetail> {
  return withAdmin(conn, `Deleting records of ${topic}`, async (admin) => {
    refuseInternal(topic, 'truncated')
    const count = (await topicPartitions(admin, topic)).length
    const offsets = new Map((await admin.fetchTopicOffsets(topic)).map((o) => [o.partition, o]))
    for (const p of partitions) {
      const o = offsets.get(p.partition)
      if (p.partition >= count || !o) throw new AppError('INVALID_INPUT', `${topic} has no partition ${p.partition} (it has ${count}: 0 to ${count - 1}).`)
      if (p.offset !== '-1' && BigInt(p.offset) > BigInt(o.high)) {
        throw new AppError('INVALID_INPUT', `Offset ${p.offset} is past the end of partition ${p.partition} (its latest offset is ${o.high}).`)
      }
    }
    await admin.deleteTopicRecords({ topic, partitions: partitions.map((p) => ({ partition: p.partition, offset: p.offset === '-1' ? (offsets.get(p.partition)?.high ?? '-1') : p.offset })) })
    return describeTopic(conn, topic)
  })
}
