import type { BrokerInfo, ClusterOverview } from '../../shared/contract'
import type { KafkaConnection } from '../kafka/connection-registry'
import { readMetadata } from '../kafka/metadata'

/** Cluster id and live brokers (with broker.rack) from one Metadata request for no topics. */
export async function clusterOverview(conn: KafkaConnection): Promise<ClusterOverview> {
  const md = await readMetadata(conn, [])
  const brokers: BrokerInfo[] = md.brokers
    .map((b) => ({ nodeId: b.nodeId, host: b.host, port: b.port, rack: b.rack || null }))
    .sort((a, b) => a.nodeId - b.nodeId)
  return { clusterId: md.clusterId, brokers }
}
