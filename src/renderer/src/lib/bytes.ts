/** Display helpers for message bytes (base64 on the wire). Decoding is for display only: copy/export keep the bytes. */

export function fromBase64(b64: string): Uint8Array {
  const bin = atob(b64)
  const out = new Uint8Array(bin.length)
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i)
  return out
}

const strict = new TextDecoder('utf-8', { fatal: true })

/** The text when the bytes are valid UTF-8, null when they are not (shown as hex then, never mangled). */
export function utf8OrNull(bytes: Uint8Array): string | null {
  try {
    return strict.decode(bytes)
  } catch {
    return null
  }
}

export function toHex(bytes: Uint8Array, limit = bytes.length): string {
  const parts: string[] = []
  for (let i = 0; i < Math.min(limit, bytes.length); i++) parts.push((bytes[i] ?? 0).toString(16).padStart(2, '0'))
  return parts.join(' ')
}

/** Classic hex dump: offset, 16 bytes, their printable ASCII. */
export function hexDump(bytes: Uint8Array, limit = 64 * 1024): string {
  const lines: string[] = []
  for (let off = 0; off < Math.min(bytes.length, limit); off += 16) {
    const row = bytes.subarray(off, off + 16)
    const hex = Array.from(row, (b) => b.toString(16).padStart(2, '0')).join(' ')
    const ascii = Array.from(row, (b) => (b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : '.')).join('')
    lines.push(`${off.toString(16).padStart(8, '0')}  ${hex.padEnd(47)}  ${ascii}`)
  }
  if (bytes.length > limit) lines.push(`… ${bytes.length - limit} more bytes`)
  return lines.join('\n')
}

export type PrettyJson = { ok: true; text: string } | { ok: false }

export function prettyJson(text: string): PrettyJson {
  const t = text.trim()
  if (!(t.startsWith('{') || t.startsWith('['))) return { ok: false }
  try {
    return { ok: true, text: JSON.stringify(JSON.parse(t), null, 2) }
  } catch {
    return { ok: false }
  }
}

export const PREVIEW_BYTES = 4096

/** One-line preview of a key or value: text (truncated) or hex, or a marker for null. */
export function preview(b64: string | null, max = 200): string {
  if (b64 === null) return '∅ null'
  const bytes = fromBase64(b64)
  const head = bytes.subarray(0, PREVIEW_BYTES)
  const text = utf8OrNull(head) ?? utf8OrNull(bytes.subarray(0, Math.max(0, head.length - 3)))
  if (text === null) return `0x ${toHex(bytes, 32)}${bytes.length > 32 ? ' …' : ''}`
  const one = text.replace(/\s+/g, ' ')
  return one.length > max || bytes.length > PREVIEW_BYTES ? `${one.slice(0, max)}…` : one
}
