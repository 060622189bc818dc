import { create } from 'zustand'
import type { BrowseResult, BrowseStart, KafkaMessage } from '../../../shared/contract'
import type { AppErrorValue } from '../../../shared/result'
import { client } from '../api/client'
import { fromBase64, utf8OrNull } from '../lib/bytes'

export type FilterField = 'any' | 'key' | 'value' | 'header'

interface MessagesState {
  result: BrowseResult | null
  topic: string | null
  loading: boolean
  error: AppErrorValue | null
  selected: KafkaMessage | null
  filter: { text: string; regex: boolean; field: FilterField }
  browse(input: { topic: string; partition: number | null; start: BrowseStart; limit: number }): Promise<void>
  select(m: KafkaMessage | null): void
  setFilter(f: Partial<MessagesState['filter']>): void
}

export const useMessages = create<MessagesState>()((set, get) => ({
  result: null,
  topic: null,
  loading: false,
  error: null,
  selected: null,
  filter: { text: '', regex: false, field: 'any' },

  browse: async (input) => {
    set({ loading: true, error: null, topic: input.topic })
    const r = await client().messages.browse(input)
    if (get().topic !== input.topic) return
    set(r.ok ? { loading: false, result: r.value, selected: null } : { loading: false, error: r.error })
  },
  select: (selected) => set({ selected }),
  setFilter: (f) => set({ filter: { ...get().filter, ...f } }),
}))

const textOf = (b64: string | null) => (b64 === null ? '' : (utf8OrNull(fromBase64(b64)) ?? ''))

/** Pure: the loaded messages matching the filter; an invalid regex matches nothing and is reported. */
export function filterMessages(messages: KafkaMessage[], f: MessagesState['filter']): { messages: KafkaMessage[]; problem: string | null } {
  if (!f.text) return { messages, problem: null }
  let test: (s: string) => boolean
  if (f.regex) {
    try {
      const re = new RegExp(f.text, 'i')
      test = (s) => re.test(s)
    } catch (e) {
      return { messages: [], problem: `Not a valid regular expression: ${(e as Error).message}` }
    }
  } else {
    const needle = f.text.toLowerCase()
    test = (s) => s.toLowerCase().includes(needle)
  }
  const fields = (m: KafkaMessage): string[] => {
    const headers = m.headers.map((h) => `${h.key}=${textOf(h.value)}`)
    if (f.field === 'key') return [textOf(m.key)]
    if (f.field === 'value') return [textOf(m.value)]
    if (f.field === 'header') return headers
    return [textOf(m.key), textOf(m.value), ...headers]
  }
  return { messages: messages.filter((m) => fields(m).some(test)), problem: null }
}
