import { useEffect, useState } from 'react'
import { cli } from '../../../../shared/kafka/cli-twin'
import { configValueProblem } from '../../../../shared/kafka/topic-configs'
import type { AppErrorValue } from '../../../../shared/result'
import { CliTwin } from '../../components/CliTwin'
import { ErrorNotice } from '../../components/ErrorNotice'
import { useBootstrap } from '../../lib/bootstrap'
import { useTopicAdmin } from '../../stores/topic-admin.store'

const SOURCE_TEXT = { topic: 'topic override', broker: 'broker', default: 'default' } as const

/** Every config with where its value comes from; overrides can be changed or removed (others are kept as they are). */
export function ConfigsTab({ topic }: { topic: string }) {
  const { configs, configsError, loadConfigs, alterConfigs } = useTopicAdmin()
  const bootstrap = useBootstrap()
  const [onlyOverrides, setOnlyOverrides] = useState(false)
  const [name, setName] = useState('')
  const [value, setValue] = useState('')
  const [error, setError] = useState<AppErrorValue | null>(null)
  const [done, setDone] = useState<string | null>(null)

  useEffect(() => void loadConfigs(topic), [topic, loadConfigs])

  const known = new Set(configs?.map((c) => c.name) ?? [])
  const problem = name ? configValueProblem(name, value, known) : null
  const shown = (configs ?? []).filter((c) => !onlyOverrides || c.source === 'topic')

  async function apply(set: Record<string, string>, remove: string[], what: string) {
    setError(null)
    const r = await alterConfigs(topic, set, remove)
    if (!r.ok) return setError(r.error)
    setDone(what)
    setName('')
    setValue('')
  }

  return (
    <>
      <form
        className="inline-form"
        aria-label="Change a config"
        onSubmit={(e) => {
          e.preventDefault()
          if (name && !problem) void apply({ [name]: value }, [], `${name} set to ${value}`)
        }}
      >
        <label className="field">
          Config to change
          <select
            value={name}
            onChange={(e) => {
              setName(e.target.value)
              setValue(configs?.find((c) => c.name === e.target.value)?.value ?? '')
            }}
          >
            <option value="">Choose…</option>
            {configs?.filter((c) => !c.readOnly).map((c) => (
              <option key={c.name} value={c.name}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          New value
          <input value={value} onChange={(e) => setValue(e.target.value)} aria-invalid={!!problem} spellCheck={false} />
        </label>
        <button type="submit" className="primary" disabled={!name || !!problem}>
          Save override
        </button>
      </form>
      {problem && <p className="error-text" role="alert">{problem}</p>}
      {error && <ErrorNotice error={error} />}
      {done && !error && <p role="status" className="ok-text">{done}. Other overrides were kept.</p>}
      {name && !problem && <CliTwin twin={cli.alterConfigs(bootstrap, topic, { [name]: value }, [])} />}
      <label className="check">
        <input type="checkbox" checked={onlyOverrides} onChange={(e) => setOnlyOverrides(e.target.checked)} /> Only overrides
      </label>
      {configsError && <ErrorNotice error={configsError} onRetry={() => void loadConfigs(topic)} />}
      {!configs && !configsError && <p aria-busy="true">Reading configs…</p>}
      {configs && (
        <table className="grid configs" aria-label={`Configs of ${topic}`}>
          <thead>
            <tr>
              <th scope="col">Config</th>
              <th scope="col">Value</th>
              <th scope="col">Source</th>
              <th scope="col">Meaning</th>
              <th scope="col">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.map((c) => (
              <tr key={c.name} className={c.source === 'topic' ? 'row-override' : undefined}>
                <td className="mono">{c.name}</td>
                <td className="mono">{c.value ?? <span className="muted">hidden</span>}</td>
                <td>{SOURCE_TEXT[c.source]}</td>
                <td className="small muted">{c.meaning ?? ''}</td>
                <td>
                  {c.source === 'topic' && (
                    <button type="button" aria-label={`Remove override ${c.name}`} onClick={() => void apply({}, [c.name], `${c.name} back to its default`)}>
                      Remove override
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <CliTwin twin={cli.describeConfigs(bootstrap, topic)} label="Describe with the Kafka CLI" />
    </>
  )
}
