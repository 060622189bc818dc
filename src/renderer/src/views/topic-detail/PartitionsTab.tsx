import type { PartitionDetail, TopicDetail } from '../../../../shared/contract'
import { cli } from '../../../../shared/kafka/cli-twin'
import { formatOffset } from '../../../../shared/kafka/offsets'
import { CliTwin } from '../../components/CliTwin'
import { useBootstrap } from '../../lib/bootstrap'

const ids = (list: number[]) => (list.length ? list.join(',') : '—')

function IsrCell({ p }: { p: PartitionDetail }) {
  const missing = p.replicas.filter((r) => !p.isr.includes(r))
  return (
    <td className={missing.length ? 'cell-warn mono' : 'mono'} title={missing.length ? `Out of sync: ${missing.join(', ')}` : 'All replicas in sync'}>
      {ids(p.isr)}
    </td>
  )
}

export function PartitionsTab({ detail }: { detail: TopicDetail }) {
  const bootstrap = useBootstrap()
  return (
    <>
      <dl className="stats">
        <div>
          <dt>Partitions</dt>
          <dd>{detail.partitions.length}</dd>
        </div>
        <div>
          <dt>Replication factor</dt>
          <dd>{detail.replicationFactor}</dd>
        </div>
        <div>
          <dt>Messages</dt>
          <dd>{detail.totalMessages === null ? '—' : formatOffset(detail.totalMessages)}</dd>
        </div>
        <div>
          <dt>Under-replicated</dt>
          <dd>{detail.partitions.filter((p) => p.isr.length < p.replicas.length).length}</dd>
        </div>
      </dl>
      {detail.offsetsError && <p className="banner banner-warn">{detail.offsetsError}</p>}
      <table className="grid" aria-label={`Partitions of ${detail.name}`}>
        <thead>
          <tr>
            <th scope="col" className="num">Partition</th>
            <th scope="col" className="num">Leader</th>
            <th scope="col">Replicas</th>
            <th scope="col">In-sync replicas</th>
            <th scope="col">Offline replicas</th>
            <th scope="col" className="num">Earliest offset</th>
            <th scope="col" className="num">Latest offset</th>
            <th scope="col" className="num">Messages</th>
          </tr>
        </thead>
        <tbody>
          {detail.partitions.map((p) => (
            <tr key={p.partition}>
              <td className="num">{p.partition}</td>
              <td className={p.leader < 0 ? 'cell-bad num' : 'num'}>{p.leader < 0 ? 'none' : p.leader}</td>
              <td className="mono">{ids(p.replicas)}</td>
              <IsrCell p={p} />
              <td className={p.offlineReplicas.length ? 'cell-bad mono' : 'mono'}>{ids(p.offlineReplicas)}</td>
              <td className="num mono">{p.earliestOffset ?? '—'}</td>
              <td className="num mono">{p.latestOffset ?? '—'}</td>
              <td className="num mono">{p.messages ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted small">Latest offset is the log end: the offset the next message will get. Messages = latest − earliest.</p>
      <CliTwin twin={cli.describeTopic(bootstrap, detail.name)} />
    </>
  )
}
