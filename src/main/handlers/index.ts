import type { Handlers } from '../rpc/handler-types'
import { clusterHandlers } from './cluster.handlers'
import { connectionHandlers } from './connection.handlers'
import { messagesHandlers } from './messages.handlers'
import { producerHandlers } from './producer.handlers'
import { topicAdminHandlers } from './topic-admin.handlers'
import { topicsHandlers } from './topics.handlers'

/** Every domain's handlers, registered in one place; the type requires one per contract entry. */
export const handlers: Handlers = {
  connection: connectionHandlers,
  cluster: clusterHandlers,
  topics: topicsHandlers,
  topicAdmin: topicAdminHandlers,
  messages: messagesHandlers,
  producer: producerHandlers,
}
