import { useState } from 'react'
import type { Profile } from '../../../shared/contract'
import { ErrorNotice } from '../components/ErrorNotice'
import { ProfileForm } from '../components/ProfileForm'
import { useConnection } from '../stores/connection.store'

export function ConnectionView() {
  const { profiles, status, targetId, error, connect, deleteProfile } = useConnection()
  const [editing, setEditing] = useState<Profile | 'new' | null>(null)
  const [deleteError, setDeleteError] = useState<string | null>(null)

  return (
    <section aria-labelledby="clusters-title" className="view">
      <h1 id="clusters-title">Clusters</h1>
      <p className="muted">Pick the cluster to work with. “Lab cluster” is the 3-broker cluster of the Kafka lab on this machine.</p>
      {error && status === 'failed' && <ErrorNotice error={error} onRetry={targetId ? () => void connect(targetId) : undefined} />}
      <ul className="profile-list" aria-label="Cluster profiles">
        {profiles.map((p) => {
          const isTarget = p.id === targetId
          return (
            <li key={p.id} className={`card profile${isTarget && status === 'connected' ? ' profile-active' : ''}`} aria-label={p.name}>
              <div>
                <strong>{p.name}</strong>
                {isTarget && status === 'connected' && <span className="badge badge-good">connected</span>}
                <div className="mono muted">{p.bootstrapServers.join(', ')}</div>
                <div className="muted small">client id {p.clientId}</div>
              </div>
              <div className="actions">
                <button type="button" className="primary" disabled={status === 'connecting' && isTarget} onClick={() => void connect(p.id)} aria-label={`Connect to ${p.name}`}>
                  {status === 'connecting' && isTarget ? 'Connecting…' : 'Connect'}
                </button>
                <button type="button" onClick={() => setEditing(p)} aria-label={`Edit ${p.name}`}>
                  Edit
                </button>
                {!p.builtIn && (
                  <button
                    type="button"
                    aria-label={`Delete ${p.name}`}
                    onClick={async () => {
                      const r = await deleteProfile(p.id)
                      setDeleteError(r.ok ? null : r.error.message)
                    }}
                  >
                    Delete
                  </button>
                )}
              </div>
            </li>
          )
        })}
      </ul>
      {deleteError && <p role="alert" className="error-text">{deleteError}</p>}
      {editing ? (
        <ProfileForm key={editing === 'new' ? 'new' : editing.id} profile={editing === 'new' ? null : editing} onDone={() => setEditing(null)} />
      ) : (
        <button type="button" onClick={() => setEditing('new')}>
          New profile
        </button>
      )}
    </section>
  )
}
