import { useMemo, useState } from 'react'
import type { KafkaMessage } from '../../../shared/contract'
import { fromBase64, hexDump, prettyJson, utf8OrNull } from '../lib/bytes'

type Mode = 'text' | 'json' | 'hex' | 'base64'
const DISPLAY_LIMIT = 256 * 1024

/** One message in full: the value as text, pretty JSON, hex or base64; headers; copy buttons that copy the bytes' text. */
export function MessageDetail({ message, onClose }: { message: KafkaMessage; onClose: () => void }) {
  const bytes = useMemo(() => (message.value === null ? null : fromBase64(message.value)), [message.value])
  const text = useMemo(() => (bytes ? utf8OrNull(bytes) : null), [bytes])
  const json = useMemo(() => (text !== null && text.length < 2_000_000 ? prettyJson(text) : { ok: false as const }), [text])
  const [mode, setMode] = useState<Mode>(json.ok ? 'json' : text !== null ? 'text' : 'hex')
  const keyText = message.key === null ? null : utf8OrNull(fromBase64(message.key))

  let body: string
  if (bytes === null) body = 'null (a tombstone: the key’s earlier values are deleted by compaction)'
  else if (mode === 'json') body = json.ok ? json.text : 'Not JSON.'
  else if (mode === 'text') body = text === null ? 'These bytes are not valid UTF-8: see Hex.' : text
  else if (mode === 'hex') body = hexDump(bytes)
  else body = message.value ?? ''
  const truncated = body.length > DISPLAY_LIMIT

  return (
    <section className="message-detail" aria-label={`Message ${message.partition}:${message.offset}`}>
      <div className="detail-head">
        <h2>
          Partition {message.partition} · offset <span className="mono">{message.offset}</span>
        </h2>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
      <dl className="kv">
        <dt>Timestamp</dt>
        <dd className="mono">
          {message.timestamp} ({new Date(Number(message.timestamp)).toISOString()})
        </dd>
        <dt>Key</dt>
        <dd className="mono">{message.key === null ? 'null' : (keyText ?? `0x ${message.key}`)}</dd>
        <dt>Size</dt>
        <dd>{bytes ? `${bytes.length} bytes` : '—'}</dd>
      </dl>
      <div className="actions">
        <button type="button" disabled={keyText === null} onClick={() => void navigator.clipboard?.writeText(keyText ?? '')}>
          Copy key
        </button>
        <button type="button" disabled={bytes === null} onClick={() => void navigator.clipboard?.writeText(text ?? message.value ?? '')}>
          Copy value
        </button>
      </div>
      <div role="tablist" aria-label="Show value as" className="tabs">
        {(['text', 'json', 'hex', 'base64'] as const).map((m) => (
          <button key={m} type="button" role="tab" aria-selected={mode === m} onClick={() => setMode(m)} disabled={m === 'json' && !json.ok}>
            {m === 'json' ? 'JSON' : m[0]?.toUpperCase() + m.slice(1)}
          </button>
        ))}
      </div>
      <pre className="mono value-view" aria-label="Value">
        {truncated ? body.slice(0, DISPLAY_LIMIT) : body}
      </pre>
      {truncated && <p className="muted small">Showing the first {DISPLAY_LIMIT / 1024} KB of {Math.round(body.length / 1024)} KB; Copy value copies all.</p>}
      <h3>Headers ({message.headers.length})</h3>
      {message.headers.length > 0 && (
        <table className="grid" aria-label="Headers">
          <tbody>
            {message.headers.map((h, i) => (
              <tr key={i}>
                <th scope="row" className="mono">{h.key}</th>
                <td className="mono">{h.value === null ? 'null' : (utf8OrNull(fromBase64(h.value)) ?? `base64:${h.value}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
