import { browseMessages } from '../messages/browse.service'
import { tailWithGroup, tailWithoutGroup } from '../messages/tail.service'
import type { DomainHandlers } from '../rpc/handler-types'

export const messagesHandlers: DomainHandlers<'messages'> = {
  browse: async ({ session }, input) => browseMessages(await session.connection(), input),
  tail: {
    // flush about every 50 ms (at once when a batch is full), at most 5,000 messages a batch; fetching pauses
    // past 20,000 unsent
    options: { flushMs: 50, maxBatch: 5000, maxInFlight: 2, maxBuffered: 20_000, overflow: 'pause' },
    run: async ({ session }, { topic, from, group }, out) => {
      const conn = await session.connection()
      return group ? tailWithGroup(conn, topic, from, group, out) : tailWithoutGroup(conn, topic, from, out)
    },
  },
}
