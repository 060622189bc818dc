import { useState } from 'react'
import type { KafkaMessage } from '../../../shared/contract'
import { ErrorNotice } from '../components/ErrorNotice'
import { TopicField } from '../components/TopicField'
import { MessageDetail } from '../components/MessageDetail'
import { MessageList } from '../components/MessageList'
import { DEFAULT_RING, useTail } from '../stores/tail.store'
import { useTopics } from '../stores/topics.store'

/**
 * Lab: “keep reading events from a topic” — with and without --from-beginning and --group. Newest first; the view
 * keeps a bounded ring of messages and says how many it let go.
 */
export function TailView() {
  const { running, paused, topic: tailing, group: tailGroup, received, evicted, rate, notices, error, ring, start, stop, pause, resume, clear } = useTail()
  useTail((s) => s.version) // re-render when a frame was applied
  const topics = useTopics((s) => s.topics)
  const [topic, setTopic] = useState(tailing ?? '')
  const [from, setFrom] = useState<'latest' | 'beginning'>('latest')
  const [group, setGroup] = useState('')
  const [capacity, setCapacity] = useState(String(DEFAULT_RING))
  const [selected, setSelected] = useState<KafkaMessage | null>(null)


  const exists = topics.some((t) => t.name === topic)
  const cap = Number(capacity)
  const problem = !topic ? null : !exists ? `No topic named “${topic}”.` : group && !/^[A-Za-z0-9._-]+$/.test(group) ? 'A group id uses letters, digits, ".", "_" and "-".' : !Number.isInteger(cap) || cap < 100 || cap > 1_000_000 ? 'Keep between 100 and 1,000,000 messages.' : null

  return (
    <section className="view messages-view" aria-labelledby="tail-title">
      <h1 id="tail-title">Tail</h1>
      <form
        className="inline-form"
        aria-label="Tail a topic"
        onSubmit={(e) => {
          e.preventDefault()
          if (topic && !problem) void start({ topic, from, group: group || null, capacity: cap })
        }}
      >
        <TopicField value={topic} onChange={setTopic} />
        <label className="field">
          From
          <select value={from} onChange={(e) => setFrom(e.target.value as 'latest' | 'beginning')}>
            <option value="latest">Now on (default)</option>
            <option value="beginning">The beginning (--from-beginning)</option>
          </select>
        </label>
        <label className="field">
          Consumer group (optional)
          <input value={group} onChange={(e) => setGroup(e.target.value.trim())} spellCheck={false} placeholder="none: no group is created" />
        </label>
        <label className="field">
          Keep at most
          <input type="number" min={100} value={capacity} onChange={(e) => setCapacity(e.target.value)} />
        </label>
        <button type="submit" className="primary" disabled={!topic || !!problem}>
          {running ? 'Restart' : 'Start'}
        </button>
        {running && (
          <>
            <button type="button" onClick={paused ? resume : pause}>
              {paused ? 'Resume' : 'Pause'}
            </button>
            <button type="button" onClick={stop}>
              Stop
            </button>
          </>
        )}
        <button type="button" onClick={clear}>
          Clear
        </button>
      </form>
      {problem && <p className="error-text" role="alert">{problem}</p>}
      <p className="muted small">
        {group
          ? `As group “${group}”: a new group starts ${from === 'beginning' ? 'at the beginning' : 'at the end'}; an existing one resumes from its committed offsets. The group shows up in Consumer groups.`
          : 'Without a group nothing is created on the cluster; each start reads from where “From” says.'}
      </p>
      {error && <ErrorNotice error={error} />}
      <output className="tail-stats" aria-label="Tail status">
        {running ? (paused ? 'Paused' : 'Live') : 'Stopped'}
        {tailing ? ` · ${tailing}${tailGroup ? ` as ${tailGroup}` : ''}` : ''} · received {received} · showing {ring.length} · evicted {evicted} · {rate} msg/s
      </output>
      {notices.length > 0 && (
        <ul className="notices" aria-label="Tail notices" aria-live="polite">
          {notices.slice(-3).map((n, i) => (
            <li key={i} className="muted small">
              {n}
            </li>
          ))}
        </ul>
      )}
      <div className="messages-split">
        <MessageList label="Tailed messages" count={ring.length} get={(i) => ring.at(ring.length - 1 - i)} selected={selected} onSelect={setSelected} />
        {selected && <MessageDetail key={`${selected.partition}:${selected.offset}`} message={selected} onClose={() => setSelected(null)} />}
      </div>
    </section>
  )
}
