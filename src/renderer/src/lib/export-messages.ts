import type { KafkaMessage } from '../../../shared/contract'
import { fromBase64, utf8OrNull } from './bytes'

const text = (b64: string | null) => (b64 === null ? null : utf8OrNull(fromBase64(b64)))

/** JSON lines: the exact bytes as base64, plus the text where the bytes are valid UTF-8. */
export function toJsonLines(messages: KafkaMessage[]): string {
  return messages
    .map((m) =>
      JSON.stringify({
        partition: m.partition,
        offset: m.offset,
        timestamp: m.timestamp,
        key: text(m.key),
        value: text(m.value),
        keyBase64: m.key,
        valueBase64: m.value,
        headers: m.headers.map((h) => ({ key: h.key, value: text(h.value), valueBase64: h.value })),
      }),
    )
    .join('\n')
}

const cell = (s: string) => (/[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s)
/** Text when valid UTF-8, else "base64:…" so no byte is lost; empty for null. */
const csvBytes = (b64: string | null) => (b64 === null ? '' : (text(b64) ?? `base64:${b64}`))

export function toCsv(messages: KafkaMessage[]): string {
  const head = 'partition,offset,timestamp,key,value,headers'
  const rows = messages.map((m) =>
    [String(m.partition), m.offset, m.timestamp, csvBytes(m.key), csvBytes(m.value), m.headers.map((h) => `${h.key}=${csvBytes(h.value)}`).join(';')].map(cell).join(','),
  )
  return [head, ...rows].join('\r\n')
}

export function download(name: string, content: string, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }))
  const a = document.createElement('a')
  a.href = url
  a.download = name
  a.click()
  setTimeout(() => URL.revokeObjectURL(url), 1000)
}
