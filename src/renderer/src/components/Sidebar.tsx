import { useConnection } from '../stores/connection.store'
import { useNav, VIEWS } from '../stores/nav.store'

export function Sidebar() {
  const { view, showConnections, go, openConnections } = useNav()
  const connected = useConnection((s) => s.status === 'connected')
  return (
    <nav className="sidebar" aria-label="Main">
      <div className="brand" aria-hidden="true">
        <span className="brand-mark">K</span> Kafka Lab
      </div>
      <button type="button" className="nav-item" aria-current={showConnections ? 'page' : undefined} onClick={openConnections}>
        Clusters
      </button>
      <div className="nav-sep" />
      {VIEWS.map((v) => (
        <button
          key={v.id}
          type="button"
          className="nav-item"
          aria-current={!showConnections && view === v.id ? 'page' : undefined}
          disabled={!connected}
          title={connected ? undefined : 'Connect to a cluster first'}
          onClick={() => go(v.id)}
        >
          {v.label}
        </button>
      ))}
    </nav>
  )
}
