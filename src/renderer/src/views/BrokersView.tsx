import { ErrorNotice } from '../components/ErrorNotice'
import { useCluster } from '../stores/cluster.store'
import { useConnection } from '../stores/connection.store'

export function BrokersView() {
  const health = useCluster((s) => s.health)
  const watchError = useCluster((s) => s.watchError)
  const active = useConnection((s) => s.active)

  return (
    <section className="view" aria-labelledby="brokers-title">
      <h1 id="brokers-title">Brokers</h1>
      {active && (
        <p className="muted">
          Cluster id <span className="mono">{health?.reachable ? health.clusterId : active.clusterId}</span> · bootstrap{' '}
          <span className="mono">{active.profile.bootstrapServers.join(', ')}</span>
        </p>
      )}
      {watchError && <ErrorNotice error={watchError} onRetry={() => void useCluster.getState().startWatch()} />}
      {health && !health.reachable && <ErrorNotice error={health.error} />}
      {!health && !watchError && <p aria-busy="true">Reading the cluster…</p>}
      {health && health.brokers.length > 0 && (
        <table className="grid" aria-label="Brokers">
          <thead>
            <tr>
              <th scope="col" className="num">Broker id</th>
              <th scope="col">Address</th>
              <th scope="col">Rack</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {health.brokers.map((b) => (
              <tr key={b.nodeId} className={b.status === 'gone' ? 'row-bad' : undefined}>
                <td className="num">{b.nodeId}</td>
                <td className="mono">
                  {b.host}:{b.port}
                </td>
                <td>{b.rack ?? <span className="muted">—</span>}</td>
                <td>
                  {b.status === 'up' ? (
                    <span className="badge badge-good">up</span>
                  ) : (
                    <span className="badge badge-bad" title="Seen earlier, missing from the latest metadata: stopped or unreachable">
                      gone
                    </span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="muted small">
        Under KRaft, brokers do not report which node is the active controller, so Kafka Lab does not guess one. Status refreshes every 2 s.
      </p>
    </section>
  )
}
