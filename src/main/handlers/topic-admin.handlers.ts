import type { DomainHandlers } from '../rpc/handler-types'
import { alterTopicConfigs, describeTopicConfigs } from '../topics/topic-configs.service'
import { createTopic, createTopicDefaults } from '../topics/topic-create.service'
import { addPartitions, deleteRecords, deleteTopic } from '../topics/topic-maintenance.service'
import { cancelReassignment, changeReplication, planReplication, reassignmentProgress } from '../topics/topic-replication.service'

export const topicAdminHandlers: DomainHandlers<'topicAdmin'> = {
  createDefaults: async ({ session }) => createTopicDefaults(await session.connection()),
  create: async ({ session }, input) => createTopic(await session.connection(), input),
  configs: async ({ session }, { topic }) => describeTopicConfigs(await session.connection(), topic),
  alterConfigs: async ({ session }, { topic, set, remove }) => alterTopicConfigs(await session.connection(), topic, set, remove),
  addPartitions: async ({ session }, { topic, total }) => addPartitions(await session.connection(), topic, total),
  delete: async ({ session }, { topic }) => deleteTopic(await session.connection(), topic),
  deleteRecords: async ({ session }, { topic, partitions }) => deleteRecords(await session.connection(), topic, partitions),
  planReplication: async ({ session }, { topic, replicationFactor }) => planReplication(await session.connection(), topic, replicationFactor),
  changeReplication: async ({ session }, { topic, replicationFactor }) => changeReplication(await session.connection(), topic, replicationFactor),
  reassignments: async ({ session }, { topic }) => reassignmentProgress(await session.connection(), topic),
  cancelReassignment: async ({ session }, { topic }) => cancelReassignment(await session.connection(), topic),
}
