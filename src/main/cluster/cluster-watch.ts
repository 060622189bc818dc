import type { BrokerInfo, ClusterHealth, WatchedBroker } from '../../shared/contract'
import type { KafkaConnection } from '../kafka/connection-registry'
import { kafkaErrorValue } from '../kafka/kafka-errors'
import { abortableSleep } from '../rpc/abortable-sleep'
import type { StreamOutput } from '../rpc/stream-runner'
import { clusterOverview } from './cluster.service'

/** Brokers seen earlier but missing now are reported as 'gone' rather than silently dropped. */
export function mergeBrokers(known: Map<number, BrokerInfo>, live: BrokerInfo[] | null): WatchedBroker[] {
  for (const b of live ?? []) known.set(b.nodeId, b)
  const liveIds = new Set((live ?? []).map((b) => b.nodeId))
  return [...known.values()].sort((a, b) => a.nodeId - b.nodeId).map((b) => ({ ...b, status: liveIds.has(b.nodeId) ? 'up' : 'gone' }))
}

/**
 * Polls the cluster (one request at a time, never overlapping) and emits a ClusterHealth whenever it changed.
 * Metadata only lists live brokers, so a stopped broker disappears from it; we remember it to show it as gone.
 */
export async function watchCluster(getConnection: () => Promise<KafkaConnection>, intervalMs: number, out: StreamOutput<ClusterHealth>): Promise<void> {
  const known = new Map<number, BrokerInfo>()
  let previous = ''
  while (!out.signal.aborted) {
    let health: ClusterHealth
    try {
      const overview = await clusterOverview(await getConnection())
      health = { at: Date.now(), reachable: true, clusterId: overview.clusterId, brokers: mergeBrokers(known, overview.brokers) }
    } catch (e) {
      health = { at: Date.now(), reachable: false, error: kafkaErrorValue(e), brokers: mergeBrokers(known, []) }
    }
    const { at: _at, ...comparable } = health
    const key = JSON.stringify(comparable)
    if (key !== previous && !out.signal.aborted) {
      previous = key
      out.emit(health)
    }
    await abortableSleep(intervalMs, out.signal)
  }
}
