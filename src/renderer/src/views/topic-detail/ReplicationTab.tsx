import { useState } from 'react'
import type { TopicDetail } from '../../../../shared/contract'
import { cli } from '../../../../shared/kafka/cli-twin'
import type { AppErrorValue } from '../../../../shared/result'
import { CliTwin } from '../../components/CliTwin'
import { ErrorNotice } from '../../components/ErrorNotice'
import { useBootstrap } from '../../lib/bootstrap'
import { useTopicAdmin } from '../../stores/topic-admin.store'

/** Raise (or lower) the replication factor: preview a balanced plan, apply it, follow Kafka copying the data. */
export function ReplicationTab({ detail }: { detail: TopicDetail }) {
  const { plan, reassigning, planReplication, changeReplication, cancelReassignment, clearPlan } = useTopicAdmin()
  const bootstrap = useBootstrap()
  const [target, setTarget] = useState(String(Math.min(detail.replicationFactor + 1, 3)))
  const [error, setError] = useState<AppErrorValue | null>(null)
  const currentPlan = plan?.topic === detail.name ? plan : null
  const running = reassigning.length > 0

  async function preview() {
    setError(null)
    const r = await planReplication(detail.name, Number(target))
    if (!r.ok) setError(r.error)
  }

  return (
    <>
      <p>
        Replication factor now: <strong>{detail.replicationFactor}</strong>. With more replicas, a partition stays available when a broker goes down.
      </p>
      <form
        className="inline-form"
        aria-label="Change the replication factor"
        onSubmit={(e) => {
          e.preventDefault()
          void preview()
        }}
      >
        <label className="field">
          New replication factor
          <input type="number" min={1} value={target} onChange={(e) => { setTarget(e.target.value); clearPlan() }} />
        </label>
        <button type="submit">Preview</button>
      </form>
      {error && <ErrorNotice error={error} />}
      {currentPlan && (
        <>
          <table className="grid" aria-label="Replica plan">
            <thead>
              <tr>
                <th scope="col" className="num">Partition</th>
                <th scope="col">Replicas before</th>
                <th scope="col">Replicas after</th>
              </tr>
            </thead>
            <tbody>
              {currentPlan.assignment.map((a) => (
                <tr key={a.partition}>
                  <td className="num">{a.partition}</td>
                  <td className="mono">{currentPlan.current.find((c) => c.partition === a.partition)?.replicas.join(',')}</td>
                  <td className="mono">{a.replicas.join(',')}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="actions">
            <button
              type="button"
              className="primary"
              disabled={running}
              onClick={async () => {
                setError(null)
                const r = await changeReplication(detail.name, currentPlan.replicationFactor)
                if (!r.ok) setError(r.error)
              }}
            >
              Apply: replication factor {currentPlan.replicationFactor}
            </button>
          </div>
          <CliTwin twin={cli.reassign(bootstrap, detail.name, currentPlan.assignment)} />
        </>
      )}
      {running ? (
        <div role="status" className="banner banner-warn">
          <span>
            Kafka is copying data: {reassigning.map((p) => `partition ${p.partition} adding ${p.adding.join(',') || '—'} removing ${p.removing.join(',') || '—'}`).join('; ')}
          </span>
          <button type="button" onClick={() => void cancelReassignment(detail.name).then((r) => !r.ok && setError(r.error))}>
            Cancel reassignment
          </button>
        </div>
      ) : (
        currentPlan && detail.partitions.every((p, i) => p.replicas.join() === currentPlan.assignment[i]?.replicas.join()) && (
          <p role="status" className="ok-text">
            Done: every partition has its new replicas; in-sync replicas: {detail.partitions.map((p) => `P${p.partition} ${p.isr.join(',')}`).join(' · ')}
          </p>
        )
      )}
    </>
  )
}
