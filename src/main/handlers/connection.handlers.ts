import type { DomainHandlers } from '../rpc/handler-types'
import { withAdmin } from '../kafka/with-admin'

export const connectionHandlers: DomainHandlers<'connection'> = {
  listProfiles: async ({ profiles }) => profiles.list(),
  saveProfile: async ({ profiles }, input) => profiles.save(input),
  deleteProfile: async ({ profiles, registry }, { id }) => {
    const list = await profiles.remove(id)
    await registry.invalidate(id)
    return list
  },
  connect: async ({ session, profiles }, { profileId }) => {
    const conn = await session.connect(profileId)
    try {
      const { clusterId, brokers } = await withAdmin(conn, 'Connecting', (admin) => admin.describeCluster())
      await profiles.markUsed(profileId)
      return { profile: conn.profile, clusterId, brokerCount: brokers.length }
    } catch (e) {
      // A failed connect leaves the session disconnected, not half-connected.
      session.disconnect()
      throw e
    }
  },
  disconnect: async ({ session }) => {
    session.disconnect()
    return null
  },
}
