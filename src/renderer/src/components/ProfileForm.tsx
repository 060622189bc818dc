import { useState } from 'react'
import type { Profile } from '../../../shared/contract'
import { parseBootstrap } from '../../../shared/kafka/bootstrap'
import { useConnection } from '../stores/connection.store'

/** Create or edit a profile; the bootstrap string is checked as the user types, before anything connects. */
export function ProfileForm({ profile, onDone }: { profile: Profile | null; onDone: () => void }) {
  const saveProfile = useConnection((s) => s.saveProfile)
  const connect = useConnection((s) => s.connect)
  const [name, setName] = useState(profile?.name ?? '')
  const [bootstrap, setBootstrap] = useState(profile?.bootstrapServers.join(',') ?? '')
  const [clientId, setClientId] = useState(profile?.clientId ?? 'kafka-lab')
  const [touched, setTouched] = useState(false)
  const [saveError, setSaveError] = useState<string | null>(null)

  const parsed = parseBootstrap(bootstrap)
  const bootstrapProblem = touched && !parsed.ok ? parsed.message : null
  const nameProblem = touched && name.trim() === '' ? 'Give the profile a name.' : null

  async function submit(andConnect: boolean) {
    setTouched(true)
    if (!parsed.ok || name.trim() === '') return
    const r = await saveProfile({ ...(profile ? { id: profile.id } : {}), name, bootstrap, clientId })
    if (!r.ok) return setSaveError(r.error.message)
    onDone()
    if (andConnect) void connect(r.value.id)
  }

  return (
    <form
      className="card form"
      aria-label={profile ? `Edit profile ${profile.name}` : 'New profile'}
      onSubmit={(e) => {
        e.preventDefault()
        void submit(true)
      }}
    >
      <h2>{profile ? `Edit “${profile.name}”` : 'New profile'}</h2>
      <label>
        Name
        <input value={name} onChange={(e) => setName(e.target.value)} aria-invalid={!!nameProblem} />
      </label>
      {nameProblem && <p className="error-text">{nameProblem}</p>}
      <label>
        Bootstrap servers
        <input
          value={bootstrap}
          placeholder="127.0.0.1:9092,127.0.0.1:9093"
          onChange={(e) => {
            setBootstrap(e.target.value)
            setTouched(true)
          }}
          aria-invalid={!!bootstrapProblem}
          aria-describedby="bootstrap-problem"
          spellCheck={false}
        />
      </label>
      <p id="bootstrap-problem" className="error-text" role={bootstrapProblem ? 'alert' : undefined}>
        {bootstrapProblem ?? ''}
      </p>
      <label>
        Client id
        <input value={clientId} onChange={(e) => setClientId(e.target.value)} spellCheck={false} />
      </label>
      {saveError && <p role="alert" className="error-text">{saveError}</p>}
      <div className="actions">
        <button type="submit" className="primary">
          Save and connect
        </button>
        <button type="button" onClick={() => void submit(false)}>
          Save
        </button>
        <button type="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  )
}
