import { z } from 'zod'
import type { AppErrorValue } from '../result'
import { call, returns, stream } from './define'

export interface BrokerInfo {
  nodeId: number
  host: string
  port: number
  /** broker.rack, null when the broker has none configured */
  rack: string | null
}

/**
 * Note: under KRaft the Metadata response's controller id is just some live broker, not the active controller,
 * so the overview deliberately does not show one.
 */
export interface ClusterOverview {
  clusterId: string
  brokers: BrokerInfo[]
}

export type BrokerStatus = 'up' | 'gone'

export interface WatchedBroker extends BrokerInfo {
  /** 'gone': seen earlier in this session but absent from the latest metadata (stopped or unreachable). */
  status: BrokerStatus
}

/** One observation of the cluster; the watch emits one whenever something changed. */
export type ClusterHealth =
  | { at: number; reachable: true; clusterId: string; brokers: WatchedBroker[] }
  | { at: number; reachable: false; error: AppErrorValue; brokers: WatchedBroker[] }

export const clusterContract = {
  overview: call(z.object({}).strict(), returns<ClusterOverview>()),
  /** Polls metadata every intervalMs and emits a ClusterHealth when it differs from the previous one. */
  watch: stream(z.object({ intervalMs: z.number().int().min(500).max(60_000).default(2000) }), returns<ClusterHealth>()),
}
