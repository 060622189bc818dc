import type { TopicDetail } from '../../../../shared/contract'
import { useCluster } from '../../stores/cluster.store'

type Cell = 'leader' | 'in-sync' | 'out-of-sync' | 'offline' | null

function cellOf(detail: TopicDetail, broker: number, partition: number): Cell {
  const p = detail.partitions.find((x) => x.partition === partition)
  if (!p || !p.replicas.includes(broker)) return null
  if (p.offlineReplicas.includes(broker)) return 'offline'
  if (p.leader === broker) return 'leader'
  return p.isr.includes(broker) ? 'in-sync' : 'out-of-sync'
}

const LABEL: Record<Exclude<Cell, null>, string> = { leader: 'L', 'in-sync': 'F', 'out-of-sync': 'F!', offline: '×' }
const TITLE: Record<Exclude<Cell, null>, string> = { leader: 'leader', 'in-sync': 'in-sync follower', 'out-of-sync': 'out-of-sync follower', offline: 'offline replica' }

/** Brokers × partitions: which broker leads which partition and which replicas it holds (lab: “on which broker is it”). */
export function PlacementTab({ detail }: { detail: TopicDetail }) {
  const health = useCluster((s) => s.health)
  const brokers = [...new Set([...(health?.brokers.map((b) => b.nodeId) ?? []), ...detail.partitions.flatMap((p) => p.replicas)])].sort((a, b) => a - b)
  const status = (id: number) => health?.brokers.find((b) => b.nodeId === id)?.status ?? 'unknown'
  return (
    <>
      <table className="grid placement" aria-label={`Placement of ${detail.name}`}>
        <thead>
          <tr>
            <th scope="col">Broker</th>
            {detail.partitions.map((p) => (
              <th key={p.partition} scope="col" className="num">
                P{p.partition}
              </th>
            ))}
            <th scope="col">Holds</th>
          </tr>
        </thead>
        <tbody>
          {brokers.map((b) => {
            const cells = detail.partitions.map((p) => cellOf(detail, b, p.partition))
            const leads = cells.filter((c) => c === 'leader').length
            const holds = cells.filter((c) => c !== null).length
            return (
              <tr key={b} className={status(b) === 'gone' ? 'row-bad' : undefined}>
                <th scope="row">
                  Broker {b}
                  {status(b) === 'gone' && <span className="badge badge-bad">gone</span>}
                </th>
                {cells.map((c, i) => (
                  <td key={i} className={`num cell-${c ?? 'none'}`} title={c ? `${TITLE[c]} of partition ${detail.partitions[i]?.partition}` : 'no replica here'}>
                    {c ? LABEL[c] : ''}
                  </td>
                ))}
                <td className="small">
                  leads {leads}, holds {holds} of {detail.partitions.length}
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
      <p className="muted small">L leader · F in-sync follower · F! follower out of sync · × offline. Each partition lives on the brokers in its column.</p>
    </>
  )
}
