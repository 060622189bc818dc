import { useMemo, useState } from 'react'
import type { BrowseStart } from '../../../shared/contract'
import { ErrorNotice } from '../components/ErrorNotice'
import { TopicField } from '../components/TopicField'
import { MessageDetail } from '../components/MessageDetail'
import { MessageList } from '../components/MessageList'
import { download, toCsv, toJsonLines } from '../lib/export-messages'
import { type FilterField, filterMessages, useMessages } from '../stores/messages.store'
import { useTopics } from '../stores/topics.store'

type StartKind = BrowseStart['kind']

/** Lab: “read the first 10 messages of lyrics” — without a consumer group, so nothing changes on the cluster. */
export function MessagesView() {
  const { result, loading, error, selected, filter, browse, select, setFilter } = useMessages()
  const topics = useTopics((s) => s.topics)
  const [topic, setTopic] = useState(useMessages.getState().topic ?? '')
  const [partition, setPartition] = useState('all')
  const [kind, setKind] = useState<StartKind>('beginning')
  const [offset, setOffset] = useState('0')
  const [when, setWhen] = useState('')
  const [limit, setLimit] = useState('10')


  const summary = topics.find((t) => t.name === topic)
  const shown = useMemo(() => filterMessages(result?.messages ?? [], filter), [result, filter])

  function start(): BrowseStart | null {
    if (kind === 'offset') return /^\d+$/.test(offset) ? { kind, offset } : null
    if (kind === 'timestamp') {
      const t = Date.parse(when)
      return Number.isNaN(t) ? null : { kind, timestamp: t }
    }
    return { kind }
  }
  const s = start()
  const n = Number(limit)
  const problem = !topic ? null : !summary ? `No topic named “${topic}”.` : !s ? (kind === 'offset' ? 'The offset is a whole number ≥ 0.' : 'Choose a date and time.') : !Number.isInteger(n) || n < 1 ? 'Read at least 1 message.' : null

  return (
    <section className="view messages-view" aria-labelledby="messages-title">
      <h1 id="messages-title">Messages</h1>
      <form
        className="inline-form browse-form"
        aria-label="Read messages"
        onSubmit={(e) => {
          e.preventDefault()
          if (!problem && s && summary) void browse({ topic, partition: partition === 'all' ? null : Number(partition), start: s, limit: n })
        }}
      >
        <TopicField value={topic} onChange={setTopic} placeholder="lyrics" />
        <label className="field">
          Partition
          <select value={partition} onChange={(e) => setPartition(e.target.value)}>
            <option value="all">All</option>
            {Array.from({ length: summary?.partitions ?? 0 }, (_, i) => (
              <option key={i} value={String(i)}>
                {i}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          Start from
          <select value={kind} onChange={(e) => setKind(e.target.value as StartKind)}>
            <option value="beginning">Beginning</option>
            <option value="latest">Latest (the last N)</option>
            <option value="offset">Offset</option>
            <option value="timestamp">Time</option>
          </select>
        </label>
        {kind === 'offset' && (
          <label className="field">
            Offset
            <input value={offset} onChange={(e) => setOffset(e.target.value.trim())} inputMode="numeric" />
          </label>
        )}
        {kind === 'timestamp' && (
          <label className="field">
            From time
            <input type="datetime-local" step="1" value={when} onChange={(e) => setWhen(e.target.value)} />
          </label>
        )}
        <label className="field">
          Limit
          <input type="number" min={1} value={limit} onChange={(e) => setLimit(e.target.value)} />
        </label>
        <button type="submit" className="primary" disabled={!topic || !!problem || loading}>
          {loading ? 'Reading…' : 'Read'}
        </button>
      </form>
      {problem && <p className="error-text" role="alert">{problem}</p>}
      <p className="muted small">Reads partitions directly from their leaders: no consumer group is joined or created, so this changes nothing on the cluster.</p>
      {error && <ErrorNotice error={error} />}
      {result && (
        <>
          <div className="toolbar result-bar">
            <output aria-label="Read summary">
              {result.messages.length} message{result.messages.length === 1 ? '' : 's'} from {result.partitions.length} partition{result.partitions.length === 1 ? '' : 's'} in {result.tookMs} ms
              {result.more ? ' · more available' : ''}
            </output>
            <label className="field inline">
              Filter
              <input type="search" value={filter.text} onChange={(e) => setFilter({ text: e.target.value })} placeholder="text or regex" />
            </label>
            <label className="field inline">
              In
              <select value={filter.field} onChange={(e) => setFilter({ field: e.target.value as FilterField })}>
                <option value="any">key, value, headers</option>
                <option value="key">key</option>
                <option value="value">value</option>
                <option value="header">headers</option>
              </select>
            </label>
            <label className="check">
              <input type="checkbox" checked={filter.regex} onChange={(e) => setFilter({ regex: e.target.checked })} /> Regex
            </label>
            <button type="button" onClick={() => download(`${topic}.jsonl`, toJsonLines(shown.messages), 'application/x-ndjson')}>
              Export JSON lines
            </button>
            <button type="button" onClick={() => download(`${topic}.csv`, toCsv(shown.messages), 'text/csv')}>
              Export CSV
            </button>
          </div>
          {shown.problem && <p className="error-text" role="alert">{shown.problem}</p>}
          <div className="messages-split">
            <MessageList count={shown.messages.length} get={(i) => shown.messages[i]} selected={selected} onSelect={select} />
            {selected && <MessageDetail key={`${selected.partition}:${selected.offset}`} message={selected} onClose={() => select(null)} />}
          </div>
        </>
      )}
    </section>
  )
}
