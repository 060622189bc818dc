import { useState } from 'react'
import type { ProduceInput } from '../../../shared/contract'
import { checkJson } from '../../../shared/kafka/json-check'
import { partitionForKey } from '../../../shared/kafka/partitioner'
import { fillTemplate } from '../../../shared/kafka/template'
import { ErrorNotice } from '../components/ErrorNotice'
import { TopicField } from '../components/TopicField'
import { useProducer } from '../stores/producer.store'
import { useTopics } from '../stores/topics.store'


/** Lab: “produce 3 messages” — one action with count 3 and {{i}} in the text. Ctrl+Enter sends. */
export function ProduceView() {
  const { sending, error, last, recent, send } = useProducer()
  const topics = useTopics((s) => s.topics)
  const [topic, setTopic] = useState('')
  const [partition, setPartition] = useState('auto')
  const [key, setKey] = useState('')
  const [value, setValue] = useState('')
  const [format, setFormat] = useState<'text' | 'json'>('text')
  const [headers, setHeaders] = useState<Array<{ key: string; value: string }>>([])
  const [count, setCount] = useState('1')
  const [acks, setAcks] = useState<ProduceInput['acks']>('all')
  const [compression, setCompression] = useState<ProduceInput['compression']>('none')
  const [timestamp, setTimestamp] = useState('')


  const summary = topics.find((t) => t.name === topic)
  const n = Number(count)
  const json = format === 'json' ? checkJson(fillTemplate(value, 1)) : { ok: true as const }
  const problem = !topic ? null : !summary ? `No topic named “${topic}”.` : !json.ok ? json.message : !Number.isInteger(n) || n < 1 ? 'Send at least 1 message.' : timestamp && !/^\d+$/.test(timestamp) ? 'The timestamp is in ms since the epoch.' : headers.some((h) => !h.key) ? 'Every header needs a name.' : null
  const preview = summary && partition === 'auto' && key ? partitionForKey(fillTemplate(key, 1), summary.partitions) : null

  const input = (): ProduceInput => ({
    topic,
    partition: partition === 'auto' ? null : Number(partition),
    key: key === '' ? null : key,
    value,
    valueFormat: format,
    headers,
    count: n,
    acks,
    compression,
    timestamp: timestamp || null,
  })
  const submit = () => {
    if (topic && !problem && !sending) void send(input())
  }

  return (
    <section className="view produce-view" aria-labelledby="produce-title">
      <h1 id="produce-title">Produce</h1>
      <form
        className="produce-form"
        aria-label="Produce messages"
        onSubmit={(e) => {
          e.preventDefault()
          submit()
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault()
            submit()
          }
        }}
      >
        <div className="field-row">
          <TopicField value={topic} onChange={setTopic} placeholder="mailbox" />
          <label className="field">
            Partition
            <select value={partition} onChange={(e) => setPartition(e.target.value)}>
              <option value="auto">Automatic (by key)</option>
              {Array.from({ length: summary?.partitions ?? 0 }, (_, i) => (
                <option key={i} value={String(i)}>
                  {i}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            Count
            <input type="number" min={1} value={count} onChange={(e) => setCount(e.target.value)} />
          </label>
        </div>
        <label className="field">
          Key
          <input value={key} onChange={(e) => setKey(e.target.value)} spellCheck={false} placeholder="empty: no key" />
        </label>
        <p className="muted small" aria-live="polite">
          {preview !== null
            ? `Key “${fillTemplate(key, 1)}” goes to partition ${preview} of ${summary?.partitions} (murmur2, like the Java client).`
            : partition === 'auto'
              ? 'Without a key, messages are spread over the partitions in turn.'
              : `All to partition ${partition}.`}
        </p>
        <div className="field-row">
          <label className="field grow">
            Value
            <textarea value={value} onChange={(e) => setValue(e.target.value)} rows={6} spellCheck={false} aria-invalid={!json.ok} placeholder="Hello {{i}}" />
          </label>
          <label className="field">
            Value is
            <select value={format} onChange={(e) => setFormat(e.target.value as 'text' | 'json')}>
              <option value="text">Text</option>
              <option value="json">JSON</option>
            </select>
          </label>
        </div>
        <fieldset className="config-rows">
          <legend>Headers</legend>
          {headers.map((h, i) => (
            <div key={i} className="config-row">
              <input aria-label={`Header ${i + 1} name`} value={h.key} onChange={(e) => setHeaders(headers.map((x, j) => (j === i ? { ...x, key: e.target.value } : x)))} />
              <input aria-label={`Header ${i + 1} value`} value={h.value} onChange={(e) => setHeaders(headers.map((x, j) => (j === i ? { ...x, value: e.target.value } : x)))} />
              <button type="button" aria-label={`Remove header ${i + 1}`} onClick={() => setHeaders(headers.filter((_, j) => j !== i))}>
                Remove
              </button>
            </div>
          ))}
          <button type="button" onClick={() => setHeaders([...headers, { key: '', value: '' }])}>
            Add header
          </button>
        </fieldset>
        <div className="field-row">
          <label className="field">
            Acks
            <select value={acks} onChange={(e) => setAcks(e.target.value as ProduceInput['acks'])}>
              <option value="all">all (every in-sync replica)</option>
              <option value="1">1 (leader only)</option>
              <option value="0">0 (no answer)</option>
            </select>
          </label>
          <label className="field">
            Compression
            <select value={compression} onChange={(e) => setCompression(e.target.value as ProduceInput['compression'])}>
              <option value="none">none</option>
              <option value="gzip">gzip</option>
            </select>
          </label>
          <label className="field">
            Timestamp (ms, optional)
            <input value={timestamp} onChange={(e) => setTimestamp(e.target.value.trim())} inputMode="numeric" placeholder="now" />
          </label>
        </div>
        {problem && <p className="error-text" role="alert">{problem}</p>}
        <div className="actions">
          <button type="submit" className="primary" disabled={!topic || !!problem || sending}>
            {sending ? 'Sending…' : n > 1 ? `Send ${n} messages` : 'Send'}
          </button>
          <span className="muted small">Ctrl+Enter sends · {'{{i}}'} becomes 1, 2, … {n > 1 ? n : 'count'}</span>
        </div>
      </form>
      {error && <ErrorNotice error={error} />}
      {last && (
        <p role="status" className="ok-text">
          Sent {last.sent.length}: {last.sent.slice(0, 10).map((s) => `partition ${s.partition} offset ${s.offset ?? '?'}`).join(', ')}
          {last.sent.length > 10 ? ' …' : ''} ({last.tookMs} ms)
        </p>
      )}
      {recent.length > 0 && (
        <table className="grid" aria-label="Recent sends">
          <thead>
            <tr>
              <th scope="col">Topic</th>
              <th scope="col">Key</th>
              <th scope="col">Value</th>
              <th scope="col" className="num">Messages</th>
              <th scope="col">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {recent.map((r) => (
              <tr key={r.id}>
                <td className="mono">{r.input.topic}</td>
                <td className="mono">{r.input.key ?? '—'}</td>
                <td className="mono ellipsis">{(r.input.value ?? 'null').slice(0, 60)}</td>
                <td className="num">{r.result.sent.length}</td>
                <td>
                  <button type="button" aria-label={`Send again to ${r.input.topic}`} onClick={() => void send(r.input)}>
                    Send again
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
