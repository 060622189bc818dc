import { create } from 'zustand'
import type { ClusterHealth, StreamHandle } from '../../../shared/contract'
import type { AppErrorValue } from '../../../shared/result'
import { client } from '../api/client'
import { useTopics } from './topics.store'

interface ClusterState {
  health: ClusterHealth | null
  watchError: AppErrorValue | null
  startWatch(): Promise<void>
  stopWatch(): void
}

let handle: StreamHandle | null = null
let generation = 0

/** Broker statuses as one string: when it changes, views showing leaders/ISR refresh. */
const brokerKey = (h: ClusterHealth | null) => (h ? `${h.reachable}|${h.brokers.map((b) => `${b.nodeId}:${b.status}`).join(',')}` : '')

export const useCluster = create<ClusterState>()((set, get) => ({
  health: null,
  watchError: null,

  startWatch: async () => {
    get().stopWatch()
    const mine = ++generation
    const r = await client().cluster.watch(
      { intervalMs: 2000 },
      (batch) => {
        const latest = batch[batch.length - 1]
        if (!latest || mine !== generation) return
        const changed = brokerKey(get().health) !== brokerKey(latest)
        set({ health: latest, watchError: null })
        if (changed) useTopics.getState().refresh()
      },
      (end) => {
        if (mine === generation && end.error) set({ watchError: end.error })
      },
    )
    if (!r.ok) return set({ watchError: r.error })
    if (mine !== generation) void r.value.stop()
    else handle = r.value
  },

  stopWatch: () => {
    generation++
    void handle?.stop()
    handle = null
    set({ health: null, watchError: null })
  },
}))

/** Pure selectors */
export const selectBrokersUp = (s: ClusterState) => s.health?.brokers.filter((b) => b.status === 'up').length ?? 0
