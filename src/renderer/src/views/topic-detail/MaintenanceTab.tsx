import { useState } from 'react'
import type { TopicDetail } from '../../../../shared/contract'
import { cli } from '../../../../shared/kafka/cli-twin'
import type { AppErrorValue } from '../../../../shared/result'
import { CliTwin } from '../../components/CliTwin'
import { ErrorNotice } from '../../components/ErrorNotice'
import { useBootstrap } from '../../lib/bootstrap'
import { useTopicAdmin } from '../../stores/topic-admin.store'

function Outcome({ error, done }: { error: AppErrorValue | null; done: string | null }) {
  if (error) return <ErrorNotice error={error} />
  return done ? <p role="status" className="ok-text">{done}</p> : null
}

function AddPartitions({ detail, bootstrap }: { detail: TopicDetail; bootstrap: string }) {
  const addPartitions = useTopicAdmin((s) => s.addPartitions)
  const now = detail.partitions.length
  const [total, setTotal] = useState(String(now + 1))
  const [error, setError] = useState<AppErrorValue | null>(null)
  const [done, setDone] = useState<string | null>(null)
  const n = Number(total)
  const problem = !Number.isInteger(n) || n <= now ? `Kafka can only add partitions: choose more than ${now}.` : null
  return (
    <section aria-labelledby="add-partitions-title" className="card maint">
      <h3 id="add-partitions-title">Add partitions</h3>
      <p className="muted small">Keyed messages are placed by hash(key) mod partitions: after this, a key may go to a different partition than its older messages.</p>
      <form
        className="inline-form"
        onSubmit={async (e) => {
          e.preventDefault()
          if (problem) return
          const r = await addPartitions(detail.name, n)
          setError(r.ok ? null : r.error)
          setDone(r.ok ? `${detail.name} now has ${n} partitions.` : null)
        }}
      >
        <label className="field">
          New partition count
          <input type="number" min={now + 1} value={total} onChange={(e) => setTotal(e.target.value)} aria-invalid={!!problem} />
        </label>
        <button type="submit" disabled={!!problem}>
          Add partitions
        </button>
      </form>
      {problem && <p className="error-text" role="alert">{problem}</p>}
      <Outcome error={error} done={done} />
      <CliTwin twin={cli.addPartitions(bootstrap, detail.name, problem ? now + 1 : n)} />
    </section>
  )
}

function DeleteRecords({ detail, bootstrap }: { detail: TopicDetail; bootstrap: string }) {
  const deleteRecords = useTopicAdmin((s) => s.deleteRecords)
  const [partition, setPartition] = useState('all')
  const [offset, setOffset] = useState('-1')
  const [error, setError] = useState<AppErrorValue | null>(null)
  const [done, setDone] = useState<string | null>(null)
  const targets = (partition === 'all' ? detail.partitions : detail.partitions.filter((p) => String(p.partition) === partition)).map((p) => ({ partition: p.partition, offset }))
  const problem = /^(-1|\d+)$/.test(offset) ? null : 'The offset is a whole number, or -1 for everything up to the end.'
  return (
    <section aria-labelledby="delete-records-title" className="card maint">
      <h3 id="delete-records-title">Delete records</h3>
      <p className="muted small">Removes every message before the offset (the earliest offset moves up). -1 empties the partition.</p>
      <form
        className="inline-form"
        onSubmit={async (e) => {
          e.preventDefault()
          if (problem) return
          const r = await deleteRecords(detail.name, targets)
          setError(r.ok ? null : r.error)
          setDone(r.ok ? `Deleted; messages left: ${r.value.totalMessages ?? '?'}.` : null)
        }}
      >
        <label className="field">
          Partition
          <select value={partition} onChange={(e) => setPartition(e.target.value)}>
            <option value="all">All partitions</option>
            {detail.partitions.map((p) => (
              <option key={p.partition} value={String(p.partition)}>
                {p.partition}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          Delete records before offset
          <input value={offset} onChange={(e) => setOffset(e.target.value.trim())} aria-invalid={!!problem} />
        </label>
        <button type="submit" disabled={!!problem}>
          Delete records
        </button>
      </form>
      {problem && <p className="error-text" role="alert">{problem}</p>}
      <Outcome error={error} done={done} />
      <CliTwin twin={cli.deleteRecords(bootstrap, detail.name, targets)} />
    </section>
  )
}

function DeleteTopic({ detail, bootstrap }: { detail: TopicDetail; bootstrap: string }) {
  const deleteTopic = useTopicAdmin((s) => s.deleteTopic)
  const [typed, setTyped] = useState('')
  const [error, setError] = useState<AppErrorValue | null>(null)
  return (
    <section aria-labelledby="delete-topic-title" className="card maint danger">
      <h3 id="delete-topic-title">Delete topic</h3>
      {detail.internal ? (
        <p>{detail.name} is internal to Kafka: it cannot be deleted from Kafka Lab.</p>
      ) : (
        <form
          className="inline-form"
          onSubmit={async (e) => {
            e.preventDefault()
            const r = await deleteTopic(detail.name)
            if (!r.ok) setError(r.error)
          }}
        >
          <label className="field">
            Type the topic name to confirm
            <input value={typed} onChange={(e) => setTyped(e.target.value)} spellCheck={false} autoComplete="off" />
          </label>
          <button type="submit" className="danger" disabled={typed !== detail.name}>
            Delete {detail.name}
          </button>
        </form>
      )}
      {error && <ErrorNotice error={error} />}
      <CliTwin twin={cli.deleteTopic(bootstrap, detail.name)} />
    </section>
  )
}

export function MaintenanceTab({ detail }: { detail: TopicDetail }) {
  const bootstrap = useBootstrap()
  if (detail.internal) {
    return <p className="banner banner-warn">{detail.name} is internal to Kafka: Kafka Lab shows it but does not change it.</p>
  }
  return (
    <div className="maint-grid">
      <AddPartitions detail={detail} bootstrap={bootstrap} />
      <DeleteRecords detail={detail} bootstrap={bootstrap} />
      <DeleteTopic detail={detail} bootstrap={bootstrap} />
    </div>
  )
}
