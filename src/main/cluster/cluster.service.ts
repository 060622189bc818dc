import { type Admin, ConfigResourceTypes } from 'kafkajs'
import type { BrokerInfo, ClusterOverview } from '../../shared/contract'
import type { KafkaConnection } from '../kafka/connection-registry'
import { withAdmin } from '../kafka/with-admin'

/** broker.rack per broker id; a broker that does not answer simply has no rack shown. */
export async function brokerRacks(admin: Admin, ids: number[]): Promise<Map<number, string | null>> {
  const racks = new Map<number, string | null>()
  if (ids.length === 0) return racks
  try {
    const { resources } = await admin.describeConfigs({
      resources: ids.map((id) => ({ type: ConfigResourceTypes.BROKER, name: String(id), configNames: ['broker.rack'] })),
      includeSynonyms: false,
    })
    for (const r of resources) racks.set(Number(r.resourceName), r.configEntries.find((c) => c.configName === 'broker.rack')?.configValue ?? null)
  } catch {
    // rack is optional information: never fail the overview for it
  }
  return racks
}

export async function clusterOverview(conn: KafkaConnection): Promise<ClusterOverview> {
  return withAdmin(conn, 'Reading the cluster metadata', async (admin) => {
    const { brokers, clusterId } = await admin.describeCluster()
    const racks = await brokerRacks(admin, brokers.map((b) => b.nodeId))
    const list: BrokerInfo[] = brokers
      .map((b) => ({ nodeId: b.nodeId, host: b.host, port: b.port, rack: racks.get(b.nodeId) ?? null }))
      .sort((a, b) => a.nodeId - b.nodeId)
    return { clusterId, brokers: list }
  })
}
