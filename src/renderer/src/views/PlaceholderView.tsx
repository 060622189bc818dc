import type { ViewId } from '../stores/nav.store'

/** Views whose features land in later issues: say honestly what will be here and which lab step it serves. */
const TEXT: Partial<Record<ViewId, { title: string; body: string }>> = {
  groups: { title: 'Consumer groups', body: 'Groups, their members and their lag (lab: “check consumer group, notice lag”). Not available yet.' },
  replication: { title: 'Replication', body: 'Partitions × brokers: leaders and in-sync replicas, live while brokers stop and restart. Not available yet.' },
  docker: { title: 'Docker', body: 'Start, stop and follow the lab cluster’s broker containers. Not available yet.' },
}

export function PlaceholderView({ view }: { view: ViewId }) {
  const t = TEXT[view] ?? { title: view, body: 'Not available yet.' }
  return (
    <section className="view" aria-labelledby="placeholder-title">
      <h1 id="placeholder-title">{t.title}</h1>
      <div className="empty-state">
        <p>{t.body}</p>
      </div>
    </section>
  )
}
