import { z } from 'zod'
import type { OffsetString } from '../kafka/offsets'
import { topicNameProblem } from '../kafka/topic-name'
import { call, returns } from './define'

export interface TopicSummary {
  name: string
  partitions: number
  /** replicas of partition 0; Kafka allows partitions with differing counts, shown as the maximum */
  replicationFactor: number
  /** partitions whose ISR is smaller than their replica list */
  underReplicated: number
  /** partitions without a live leader */
  offline: number
  internal: boolean
}

export interface PartitionDetail {
  partition: number
  /** -1 when the partition has no live leader */
  leader: number
  replicas: number[]
  isr: number[]
  offlineReplicas: number[]
  /** log start offset (inclusive); null when offsets could not be read */
  earliestOffset: OffsetString | null
  /** log end offset (exclusive: the offset the next message will get) */
  latestOffset: OffsetString | null
  /** latest − earliest: the number of messages currently stored */
  messages: OffsetString | null
}

export interface TopicDetail {
  name: string
  internal: boolean
  replicationFactor: number
  partitions: PartitionDetail[]
  totalMessages: OffsetString | null
  /** why offsets are missing (e.g. a partition has no leader), null when all were read */
  offsetsError: string | null
}

export const topicNameSchema = z.string().superRefine((name, ctx) => {
  const problem = topicNameProblem(name)
  if (problem) ctx.addIssue({ code: 'custom', message: problem })
})

export const topicsContract = {
  list: call(z.object({}).strict(), returns<TopicSummary[]>()),
  describe: call(z.object({ topic: topicNameSchema }), returns<TopicDetail>()),
}
