import { clusterOverview } from '../cluster/cluster.service'
import { watchCluster } from '../cluster/cluster-watch'
import type { DomainHandlers } from '../rpc/handler-types'

export const clusterHandlers: DomainHandlers<'cluster'> = {
  overview: async ({ session }) => clusterOverview(await session.connection()),
  watch: {
    // Only the newest snapshot matters to a slow client.
    options: { overflow: 'latest', maxBuffered: 1, maxBatch: 1 },
    run: ({ session }, { intervalMs }, out) => watchCluster(() => session.connection(), intervalMs, out),
  },
}
