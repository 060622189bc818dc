import { create } from 'zustand'
import type { ProduceInput, SendResult } from '../../../shared/contract'
import type { AppErrorValue } from '../../../shared/result'
import { client } from '../api/client'
import { useTopics } from './topics.store'

export interface RecentSend {
  id: number
  at: number
  input: ProduceInput
  result: SendResult
}

interface ProducerState {
  sending: boolean
  error: AppErrorValue | null
  last: SendResult | null
  recent: RecentSend[]
  send(input: ProduceInput): Promise<boolean>
}

let nextId = 1

export const useProducer = create<ProducerState>()((set, get) => ({
  sending: false,
  error: null,
  last: null,
  recent: [],

  send: async (input) => {
    set({ sending: true, error: null })
    const r = await client().producer.send(input)
    if (!r.ok) {
      set({ sending: false, error: r.error })
      return false
    }
    set({ sending: false, last: r.value, recent: [{ id: nextId++, at: Date.now(), input, result: r.value }, ...get().recent].slice(0, 20) })
    if (useTopics.getState().selected === input.topic) useTopics.getState().refresh()
    return true
  },
}))
