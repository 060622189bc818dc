import { create } from 'zustand'

export const VIEWS = [
  { id: 'brokers', label: 'Brokers' },
  { id: 'topics', label: 'Topics' },
  { id: 'messages', label: 'Messages' },
  { id: 'produce', label: 'Produce' },
  { id: 'tail', label: 'Tail' },
  { id: 'groups', label: 'Consumer groups' },
  { id: 'replication', label: 'Replication' },
  { id: 'docker', label: 'Docker' },
] as const

export type ViewId = (typeof VIEWS)[number]['id']

interface NavState {
  view: ViewId
  /** the connection screen overlays the views until a cluster is connected (or when switching) */
  showConnections: boolean
  go(view: ViewId): void
  openConnections(): void
  closeConnections(): void
}

export const useNav = create<NavState>()((set) => ({
  view: 'brokers',
  showConnections: true,
  go: (view) => set({ view, showConnections: false }),
  openConnections: () => set({ showConnections: true }),
  closeConnections: () => set({ showConnections: false }),
}))
