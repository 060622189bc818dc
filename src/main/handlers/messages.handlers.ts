import { browseMessages } from '../messages/browse.service'
import { tailWithGroup, tailWithoutGroup } from '../messages/tail.service'
import type { DomainHandlers } from '../rpc/handler-types'

export const messagesHandlers: DomainHandlers<'messages'> = {
  browse: async ({ session }, input) => browseMessages(await session.connection(), input),
  tail: {
    // Flush about every 50 ms (at once when a batch is full). Batches stay small (~1.4 MB of JSON at 1 KB a
    // message) so decoding one never blocks the renderer for long; four in flight keep throughput up. Fetching
    // pauses past 20,000 unsent.
    options: { flushMs: 50, maxBatch: 1000, maxInFlight: 4, maxBuffered: 20_000, overflow: 'pause' },
    run: async ({ session }, { topic, from, group }, out) => {
      const conn = await session.connection()
      return group ? tailWithGroup(conn, topic, from, group, out) : tailWithoutGroup(conn, topic, from, out)
    },
  },
}
