import { create } from 'zustand'
import type { ConnectInfo, Profile } from '../../../shared/contract'
import type { AppErrorValue, Result } from '../../../shared/result'
import { client } from '../api/client'
import { useCluster } from './cluster.store'
import { useNav } from './nav.store'
import { useTail } from './tail.store'
import { useTopics } from './topics.store'

type Status = 'idle' | 'connecting' | 'connected' | 'failed'

interface ConnectionState {
  loaded: boolean
  profiles: Profile[]
  lastUsedId: string | null
  status: Status
  /** the profile being connected or connected */
  targetId: string | null
  active: ConnectInfo | null
  error: AppErrorValue | null
  load(): Promise<void>
  connect(profileId: string): Promise<void>
  disconnect(): Promise<void>
  saveProfile(draft: { id?: string; name: string; bootstrap: string; clientId: string }): Promise<Result<Profile>>
  deleteProfile(id: string): Promise<Result<unknown>>
}

export const useConnection = create<ConnectionState>()((set, get) => ({
  loaded: false,
  profiles: [],
  lastUsedId: null,
  status: 'idle',
  targetId: null,
  active: null,
  error: null,

  load: async () => {
    const r = await client().connection.listProfiles({})
    if (!r.ok) return set({ loaded: true, error: r.error })
    set({ loaded: true, profiles: r.value.profiles, lastUsedId: r.value.lastUsedId })
  },

  connect: async (profileId) => {
    useTail.getState().stop()
    useCluster.getState().stopWatch()
    useTopics.getState().reset()
    set({ status: 'connecting', targetId: profileId, error: null })
    const r = await client().connection.connect({ profileId })
    if (get().targetId !== profileId) return // the user picked another profile meanwhile
    if (!r.ok) return set({ status: 'failed', active: null, error: r.error })
    set({ status: 'connected', active: r.value, lastUsedId: profileId })
    useNav.getState().closeConnections()
    void useCluster.getState().startWatch()
  },

  disconnect: async () => {
    useTail.getState().stop()
    useCluster.getState().stopWatch()
    useTopics.getState().reset()
    await client().connection.disconnect({})
    set({ status: 'idle', active: null, targetId: null, error: null })
    useNav.getState().openConnections()
  },

  saveProfile: async (draft) => {
    const r = await client().connection.saveProfile(draft)
    if (r.ok) {
      const saved = r.value
      set((s) => ({ profiles: s.profiles.some((p) => p.id === saved.id) ? s.profiles.map((p) => (p.id === saved.id ? saved : p)) : [...s.profiles, saved] }))
    }
    return r
  },

  deleteProfile: async (id) => {
    const r = await client().connection.deleteProfile({ id })
    if (r.ok) set({ profiles: r.value.profiles, lastUsedId: r.value.lastUsedId })
    return r
  },
}))

/** Pure selector: the profile shown as current (connected, or being connected). */
export const selectCurrentProfile = (s: ConnectionState): Profile | null => s.profiles.find((p) => p.id === s.targetId) ?? null
