import { produce } from '../producer/produce.service'
import type { DomainHandlers } from '../rpc/handler-types'

export const producerHandlers: DomainHandlers<'producer'> = {
  send: async ({ session }, input) => produce(await session.connection(), input),
}
