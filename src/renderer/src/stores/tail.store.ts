import { create } from 'zustand'
import type { KafkaMessage, StreamHandle, TailEvent } from '../../../shared/contract'
import type { AppErrorValue } from '../../../shared/result'
import { client } from '../api/client'
import { RingBuffer } from '../lib/ring-buffer'

export const DEFAULT_RING = 50_000

interface TailState {
  running: boolean
  paused: boolean
  topic: string | null
  group: string | null
  /** bumped once per applied frame: the view re-reads the ring */
  version: number
  received: number
  evicted: number
  /** messages per second over the last second */
  rate: number
  notices: string[]
  error: AppErrorValue | null
  ring: RingBuffer<KafkaMessage>
  start(input: { topic: string; from: 'latest' | 'beginning'; group: string | null; capacity: number }): Promise<void>
  stop(): void
  pause(): void
  resume(): void
  clear(): void
}

let handle: StreamHandle | null = null
let generation = 0
let pending: KafkaMessage[] = []
let pendingCount = 0
let pendingDropped = 0
let frame: number | null = null
const arrivals: Array<{ t: number; n: number }> = []
let rateTimer: ReturnType<typeof setInterval> | null = null

/** msg/s over the last second; also recomputed once a second so it falls to 0 when traffic stops. */
function currentRate(): number {
  const now = performance.now()
  while (arrivals.length && (arrivals[0]?.t ?? now) < now - 1000) arrivals.shift()
  return arrivals.reduce((a, x) => a + x.n, 0)
}

/** Applies what arrived since the last frame in ONE store update (at most one per animation frame). */
function scheduleFrame() {
  if (frame !== null) return
  frame = requestAnimationFrame(() => {
    frame = null
    const s = useTail.getState()
    const counted = pendingCount
    const dropped = pendingDropped
    pendingCount = 0
    pendingDropped = 0
    const batch = s.paused ? [] : pending
    if (!s.paused) pending = []
    const evicted = s.ring.push(batch) + dropped
    useTail.setState({ version: s.version + (batch.length ? 1 : 0), received: s.received + counted, evicted: s.evicted + evicted, rate: currentRate() })
  })
}

export const useTail = create<TailState>()((set, get) => ({
  running: false,
  paused: false,
  topic: null,
  group: null,
  version: 0,
  received: 0,
  evicted: 0,
  rate: 0,
  notices: [],
  error: null,
  ring: new RingBuffer<KafkaMessage>(DEFAULT_RING),

  start: async ({ topic, from, group, capacity }) => {
    get().stop()
    const mine = ++generation
    pending = []
    pendingCount = 0
    pendingDropped = 0
    arrivals.length = 0
    if (rateTimer) clearInterval(rateTimer)
    rateTimer = setInterval(() => {
      const rate = currentRate()
      if (rate !== get().rate) set({ rate })
    }, 1000)
    set({ running: true, paused: false, topic, group, received: 0, evicted: 0, rate: 0, notices: [], error: null, ring: new RingBuffer(capacity), version: get().version + 1 })
    const r = await client().messages.tail(
      { topic, from, group },
      (events: TailEvent[]) => {
        if (mine !== generation) return
        const messages: KafkaMessage[] = []
        const notices: string[] = []
        for (const e of events) {
          if (e.kind === 'message') messages.push(e.message)
          else notices.push(e.text)
        }
        if (notices.length) set({ notices: [...get().notices, ...notices].slice(-20) })
        if (!messages.length) return
        arrivals.push({ t: performance.now(), n: messages.length })
        pending.push(...messages)
        // While paused, what waits is bounded by the ring size too: the oldest go first, and are counted.
        const cap = get().ring.capacity
        if (pending.length > cap) {
          const drop = pending.length - cap
          pending = pending.slice(drop)
          pendingDropped += drop
        }
        // Counted here, shown at the next frame: batches never touch the store directly.
        pendingCount += messages.length
        scheduleFrame()
      },
      (end) => {
        if (mine !== generation) return
        if (rateTimer) clearInterval(rateTimer)
        rateTimer = null
        set({ running: false, error: end.error, rate: 0 })
        handle = null
      },
    )
    if (mine !== generation) {
      if (r.ok) void r.value.stop()
      return
    }
    if (!r.ok) return set({ running: false, error: r.error })
    handle = r.value
  },

  stop: () => {
    generation++
    void handle?.stop()
    handle = null
    if (rateTimer) clearInterval(rateTimer)
    rateTimer = null
    arrivals.length = 0
    set({ running: false, paused: false, rate: 0 })
  },
  pause: () => set({ paused: true }),
  resume: () => {
    set({ paused: false })
    scheduleFrame()
  },
  clear: () => {
    get().ring.clear()
    pending = []
    pendingDropped = 0
    set({ version: get().version + 1, evicted: 0, received: 0 })
  },
}))
