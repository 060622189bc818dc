import { z } from 'zod'
import type { ConfigType } from '../kafka/topic-configs'
import { call, returns } from './define'
import { type TopicDetail, topicNameSchema } from './topics.contract'

export type ConfigSource = 'topic' | 'broker' | 'default'

export interface TopicConfigEntry {
  name: string
  /** null for sensitive values Kafka does not reveal */
  value: string | null
  /** topic: an override on this topic; broker: set in the broker's config; default: Kafka's built-in default */
  source: ConfigSource
  readOnly: boolean
  meaning: string | null
}

export interface ConfigDefault {
  name: string
  /** the value a new topic gets from this cluster (broker setting or Kafka default) */
  value: string
  meaning: string
  type: ConfigType
  choices?: string[]
}

export interface CreateTopicDefaults {
  /** the brokers' num.partitions */
  partitions: number
  /** the brokers' default.replication.factor */
  replicationFactor: number
  liveBrokers: number[]
  configs: ConfigDefault[]
}

export interface ReplicaAssignment {
  partition: number
  replicas: number[]
}

export interface ReplicationPlan {
  topic: string
  currentReplicationFactor: number
  replicationFactor: number
  current: ReplicaAssignment[]
  assignment: ReplicaAssignment[]
}

export interface ReassignmentProgress {
  partition: number
  replicas: number[]
  adding: number[]
  removing: number[]
}

const offsetText = z.string().regex(/^(-1|\d{1,19})$/, 'offset: a whole number, or -1 for the high watermark')
const configMap = z.record(z.string().min(1).max(255), z.string().max(100_000))

export const topicAdminContract = {
  createDefaults: call(z.object({}).strict(), returns<CreateTopicDefaults>()),
  create: call(
    z.object({
      name: topicNameSchema,
      partitions: z.number().int().min(1, 'A topic needs at least 1 partition.').max(100_000),
      replicationFactor: z.number().int().min(1, 'The replication factor must be at least 1.').max(32_767),
      configs: configMap.default({}),
    }),
    returns<TopicDetail>(),
  ),
  configs: call(z.object({ topic: topicNameSchema }), returns<TopicConfigEntry[]>()),
  /** Sets and removes topic overrides; every other override stays as it is. */
  alterConfigs: call(z.object({ topic: topicNameSchema, set: configMap.default({}), remove: z.array(z.string().min(1)).default([]) }), returns<TopicConfigEntry[]>()),
  /** `total` is the new partition count; Kafka can only add partitions. */
  addPartitions: call(z.object({ topic: topicNameSchema, total: z.number().int().min(1).max(100_000) }), returns<TopicDetail>()),
  delete: call(z.object({ topic: topicNameSchema }), returns<null>()),
  /** Deletes records before `offset` (exclusive) in each partition; -1 means up to the high watermark. */
  deleteRecords: call(
    z.object({ topic: topicNameSchema, partitions: z.array(z.object({ partition: z.number().int().min(0), offset: offsetText })).min(1) }),
    returns<TopicDetail>(),
  ),
  planReplication: call(z.object({ topic: topicNameSchema, replicationFactor: z.number().int().min(1).max(32_767) }), returns<ReplicationPlan>()),
  changeReplication: call(z.object({ topic: topicNameSchema, replicationFactor: z.number().int().min(1).max(32_767) }), returns<ReplicationPlan>()),
  reassignments: call(z.object({ topic: topicNameSchema }), returns<ReassignmentProgress[]>()),
  cancelReassignment: call(z.object({ topic: topicNameSchema }), returns<null>()),
}
