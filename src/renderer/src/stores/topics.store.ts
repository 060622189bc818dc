import { create } from 'zustand'
import type { TopicDetail, TopicSummary } from '../../../shared/contract'
import type { AppErrorValue } from '../../../shared/result'
import { client } from '../api/client'

interface TopicsState {
  topics: TopicSummary[]
  loaded: boolean
  loading: boolean
  error: AppErrorValue | null
  query: string
  showInternal: boolean
  selected: string | null
  detail: TopicDetail | null
  detailLoading: boolean
  detailError: AppErrorValue | null
  setQuery(q: string): void
  setShowInternal(v: boolean): void
  load(): Promise<void>
  select(name: string | null): Promise<void>
  /** reload what is on screen (after a broker came or went) */
  refresh(): void
  reset(): void
}

const initial = {
  topics: [] as TopicSummary[],
  loaded: false,
  loading: false,
  error: null,
  query: '',
  showInternal: false,
  selected: null,
  detail: null,
  detailLoading: false,
  detailError: null,
}

let listSeq = 0
let detailSeq = 0

export const useTopics = create<TopicsState>()((set, get) => ({
  ...initial,

  setQuery: (query) => set({ query }),
  setShowInternal: (showInternal) => set({ showInternal }),

  load: async () => {
    const seq = ++listSeq
    set({ loading: true })
    const r = await client().topics.list({})
    if (seq !== listSeq) return // a newer load superseded this one
    if (!r.ok) return set({ loading: false, error: r.error })
    set({ loading: false, loaded: true, error: null, topics: r.value })
  },

  select: async (name) => {
    const seq = ++detailSeq
    set({ selected: name, detailLoading: name !== null, detailError: null, ...(name !== get().detail?.name ? { detail: null } : {}) })
    if (!name) return
    const r = await client().topics.describe({ topic: name })
    if (seq !== detailSeq) return
    if (!r.ok) return set({ detailLoading: false, detailError: r.error })
    set({ detailLoading: false, detail: r.value })
  },

  refresh: () => {
    const { loaded, selected } = get()
    if (loaded) void get().load()
    if (selected) void get().select(selected)
  },

  reset: () => {
    listSeq++
    detailSeq++
    set({ ...initial })
  },
}))

/** Pure selector: topics matching the search box (case-insensitive substring), internal ones only when asked. */
export function selectVisibleTopics(s: Pick<TopicsState, 'topics' | 'query' | 'showInternal'>): TopicSummary[] {
  const q = s.query.trim().toLowerCase()
  return s.topics.filter((t) => (s.showInternal || !t.internal) && (!q || t.name.toLowerCase().includes(q)))
}
