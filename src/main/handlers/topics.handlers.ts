import type { DomainHandlers } from '../rpc/handler-types'
import { describeTopic, listTopics } from '../topics/topics.service'

export const topicsHandlers: DomainHandlers<'topics'> = {
  list: async ({ session }) => listTopics(await session.connection()),
  describe: async ({ session }, { topic }) => describeTopic(await session.connection(), topic),
}
