import { useEffect, useMemo, useState } from 'react'
import { cli } from '../../../shared/kafka/cli-twin'
import { configValueProblem } from '../../../shared/kafka/topic-configs'
import { topicNameProblem, topicNameWarning } from '../../../shared/kafka/topic-name'
import { CliTwin } from '../components/CliTwin'
import { ErrorNotice } from '../components/ErrorNotice'
import { useBootstrap } from '../lib/bootstrap'
import { useTopicAdmin } from '../stores/topic-admin.store'
import { useTopics } from '../stores/topics.store'
import type { AppErrorValue } from '../../../shared/result'

interface ConfigRow {
  name: string
  value: string
}

/** Create a topic: everything defaults to what the brokers would choose, so "mailbox" + Enter is enough. */
export function CreateTopicPanel({ onClose }: { onClose: () => void }) {
  const { defaults, loadDefaults, create } = useTopicAdmin()
  const topics = useTopics((s) => s.topics)
  const existing = useMemo(() => topics.map((t) => t.name), [topics])
  const bootstrap = useBootstrap()
  const [name, setName] = useState('')
  const [partitions, setPartitions] = useState<string>('')
  const [rf, setRf] = useState<string>('')
  const [rows, setRows] = useState<ConfigRow[]>([])
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<AppErrorValue | null>(null)

  useEffect(() => void loadDefaults(), [loadDefaults])

  const p = partitions === '' ? (defaults?.partitions ?? 1) : Number(partitions)
  const r = rf === '' ? (defaults?.replicationFactor ?? 1) : Number(rf)
  const live = defaults?.liveBrokers.length ?? 0
  const configs = Object.fromEntries(rows.filter((x) => x.name).map((x) => [x.name, x.value]))
  const nameProblem = name === '' ? null : topicNameProblem(name)
  const nameWarning = name && !nameProblem ? topicNameWarning(name, existing) : null
  const countProblem = !Number.isInteger(p) || p < 1 ? 'A topic needs at least 1 partition.' : null
  const rfProblem = !Number.isInteger(r) || r < 1 ? 'The replication factor must be at least 1.' : defaults && r > live ? `Replication factor ${r} needs ${r} live brokers; only ${live} are up.` : null
  const configProblems = rows.filter((x) => x.name).map((x) => configValueProblem(x.name, x.value)).filter((x): x is string => x !== null)
  const blocked = !name || !!nameProblem || !!countProblem || !!rfProblem || configProblems.length > 0 || existing.includes(name)

  async function submit() {
    if (blocked || busy) return
    setBusy(true)
    const res = await create({ name, partitions: p, replicationFactor: r, configs })
    setBusy(false)
    if (!res.ok) return setError(res.error)
    onClose()
  }

  return (
    <form
      className="topic-detail create-topic"
      aria-label="Create topic"
      onSubmit={(e) => {
        e.preventDefault()
        void submit()
      }}
    >
      <div className="detail-head">
        <h2>Create topic</h2>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
      <label className="field">
        Topic name
        <input value={name} onChange={(e) => setName(e.target.value)} aria-invalid={!!nameProblem || existing.includes(name)} autoFocus spellCheck={false} placeholder="mailbox" />
      </label>
      {nameProblem && <p className="error-text" role="alert">{nameProblem}</p>}
      {existing.includes(name) && <p className="error-text" role="alert">A topic named “{name}” already exists.</p>}
      {nameWarning && <p className="warn-text">{nameWarning}</p>}
      <div className="field-row">
        <label className="field">
          Partitions
          <input type="number" min={1} value={partitions} placeholder={String(defaults?.partitions ?? 1)} onChange={(e) => setPartitions(e.target.value)} aria-invalid={!!countProblem} />
        </label>
        <label className="field">
          Replication factor
          <input type="number" min={1} value={rf} placeholder={String(defaults?.replicationFactor ?? 1)} onChange={(e) => setRf(e.target.value)} aria-invalid={!!rfProblem} />
        </label>
      </div>
      <p className="muted small">
        Empty fields take the brokers’ defaults (num.partitions = {defaults?.partitions ?? '…'}, default.replication.factor = {defaults?.replicationFactor ?? '…'}); {live} broker{live === 1 ? '' : 's'} up.
      </p>
      {countProblem && <p className="error-text" role="alert">{countProblem}</p>}
      {rfProblem && <p className="error-text" role="alert">{rfProblem}</p>}
      <fieldset className="config-rows">
        <legend>Topic configs (optional)</legend>
        {rows.map((row, i) => {
          const info = defaults?.configs.find((c) => c.name === row.name)
          const problem = row.name ? configValueProblem(row.name, row.value) : null
          return (
            <div key={i} className="config-row">
              <select aria-label={`Config ${i + 1}`} value={row.name} onChange={(e) => setRows(rows.map((x, j) => (j === i ? { name: e.target.value, value: defaults?.configs.find((c) => c.name === e.target.value)?.value ?? '' } : x)))}>
                <option value="">Choose a config…</option>
                {defaults?.configs.map((c) => (
                  <option key={c.name} value={c.name} disabled={rows.some((x, j) => j !== i && x.name === c.name)}>
                    {c.name}
                  </option>
                ))}
              </select>
              <input aria-label={`Value of ${row.name || `config ${i + 1}`}`} value={row.value} onChange={(e) => setRows(rows.map((x, j) => (j === i ? { ...x, value: e.target.value } : x)))} aria-invalid={!!problem} spellCheck={false} />
              <button type="button" aria-label={`Remove ${row.name || `config ${i + 1}`}`} onClick={() => setRows(rows.filter((_, j) => j !== i))}>
                Remove
              </button>
              {info && <p className="muted small config-meaning">{info.meaning} · default {info.value}</p>}
              {problem && <p className="error-text" role="alert">{problem}</p>}
            </div>
          )
        })}
        <button type="button" onClick={() => setRows([...rows, { name: '', value: '' }])}>
          Add config
        </button>
      </fieldset>
      {error && <ErrorNotice error={error} />}
      <div className="actions">
        <button type="submit" className="primary" disabled={blocked || busy}>
          {busy ? 'Creating…' : 'Create topic'}
        </button>
      </div>
      <CliTwin twin={cli.createTopic(bootstrap, { name: name || '<name>', partitions: p, replicationFactor: r, configs })} />
    </form>
  )
}
