import { useCluster } from '../stores/cluster.store'
import { selectCurrentProfile, useConnection } from '../stores/connection.store'
import { useNav } from '../stores/nav.store'

/** Top bar: which cluster, whether it answers, and how many brokers are up. */
export function ConnectionBar() {
  const status = useConnection((s) => s.status)
  const profile = useConnection(selectCurrentProfile)
  const active = useConnection((s) => s.active)
  const health = useCluster((s) => s.health)
  const openConnections = useNav((s) => s.openConnections)

  let badge: { text: string; tone: string }
  if (status === 'connecting') badge = { text: 'Connecting…', tone: 'pending' }
  else if (status === 'failed') badge = { text: 'Connection failed', tone: 'bad' }
  else if (status !== 'connected') badge = { text: 'Not connected', tone: 'idle' }
  else if (health && !health.reachable) badge = { text: 'Cluster unreachable — retrying', tone: 'bad' }
  else {
    const up = health?.brokers.filter((b) => b.status === 'up').length ?? active?.brokerCount ?? 0
    const all = health?.brokers.length ?? up
    badge = { text: `Connected · ${up}/${all} brokers up`, tone: up < all ? 'warn' : 'good' }
  }

  return (
    <header className="topbar">
      <div className="topbar-profile">
        <span className="muted">Cluster</span> <strong>{profile?.name ?? '—'}</strong>
        {active && <span className="muted mono"> · id {active.clusterId}</span>}
      </div>
      <output className={`badge badge-${badge.tone}`} aria-label="Connection status">
        {badge.text}
      </output>
      <button type="button" onClick={openConnections}>
        Switch cluster
      </button>
    </header>
  )
}
