import { browseMessages } from '../messages/browse.service'
import type { DomainHandlers } from '../rpc/handler-types'

export const messagesHandlers: DomainHandlers<'messages'> = {
  browse: async ({ session }, input) => browseMessages(await session.connection(), input),
}
