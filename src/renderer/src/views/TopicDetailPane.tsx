import { useState } from 'react'
import { ErrorNotice } from '../components/ErrorNotice'
import { useTopics } from '../stores/topics.store'
import { ConfigsTab } from './topic-detail/ConfigsTab'
import { MaintenanceTab } from './topic-detail/MaintenanceTab'
import { PartitionsTab } from './topic-detail/PartitionsTab'
import { PlacementTab } from './topic-detail/PlacementTab'
import { ReplicationTab } from './topic-detail/ReplicationTab'

const TABS = [
  { id: 'partitions', label: 'Partitions' },
  { id: 'placement', label: 'Where it lives' },
  { id: 'configs', label: 'Configs' },
  { id: 'replication', label: 'Replication factor' },
  { id: 'maintenance', label: 'Partitions & deletion' },
] as const
type TabId = (typeof TABS)[number]['id']

export function TopicDetailPane() {
  const { selected, detail, detailLoading, detailError, select } = useTopics()
  const [tab, setTab] = useState<TabId>('partitions')
  if (!selected) {
    return (
      <div className="topic-detail empty-state">
        <p>Select a topic to see its partitions: leader, replicas, in-sync replicas and offsets — or create one.</p>
      </div>
    )
  }
  return (
    <div className="topic-detail" aria-labelledby="topic-detail-title" role="region">
      <div className="detail-head">
        <h2 id="topic-detail-title" className="mono">
          {selected}
        </h2>
        <button type="button" onClick={() => void select(selected)} disabled={detailLoading}>
          {detailLoading ? 'Refreshing…' : 'Refresh'}
        </button>
      </div>
      {detailError && <ErrorNotice error={detailError} onRetry={() => void select(selected)} />}
      <div role="tablist" aria-label="Topic views" className="tabs">
        {TABS.map((t) => (
          <button key={t.id} type="button" role="tab" id={`tab-${t.id}`} aria-selected={tab === t.id} aria-controls="topic-tabpanel" onClick={() => setTab(t.id)}>
            {t.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id="topic-tabpanel" aria-labelledby={`tab-${tab}`}>
        {detail && detail.name === selected ? (
          tab === 'partitions' ? (
            <PartitionsTab detail={detail} />
          ) : tab === 'placement' ? (
            <PlacementTab detail={detail} />
          ) : tab === 'configs' ? (
            <ConfigsTab topic={detail.name} />
          ) : tab === 'replication' ? (
            <ReplicationTab detail={detail} />
          ) : (
            <MaintenanceTab detail={detail} />
          )
        ) : (
          !detailError && <p aria-busy="true">Loading…</p>
        )}
      </div>
    </div>
  )
}
