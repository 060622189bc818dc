import { useVirtualizer } from '@tanstack/react-virtual'
import { useRef } from 'react'
import type { TopicSummary } from '../../../shared/contract'
import { useTopics } from '../stores/topics.store'

const ROW_HEIGHT = 44

/** Virtualized so 10,000 topics render as the ~20 rows on screen. Arrow keys move the selection. */
export function TopicList({ topics }: { topics: TopicSummary[] }) {
  const selected = useTopics((s) => s.selected)
  const select = useTopics((s) => s.select)
  const parent = useRef<HTMLDivElement>(null)
  const virtualizer = useVirtualizer({ count: topics.length, getScrollElement: () => parent.current, estimateSize: () => ROW_HEIGHT, overscan: 8 })

  function onKeyDown(e: React.KeyboardEvent) {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return
    e.preventDefault()
    const i = topics.findIndex((t) => t.name === selected)
    const next = topics[Math.min(topics.length - 1, Math.max(0, i + (e.key === 'ArrowDown' ? 1 : -1)))]
    if (next) {
      void select(next.name)
      virtualizer.scrollToIndex(topics.indexOf(next))
    }
  }

  return (
    <div ref={parent} className="topic-list" role="listbox" aria-label="Topics" tabIndex={0} onKeyDown={onKeyDown}>
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((item) => {
          const t = topics[item.index]
          if (!t) return null
          return (
            <div
              key={t.name}
              role="option"
              aria-selected={t.name === selected}
              aria-label={t.name}
              className={`topic-row${t.name === selected ? ' selected' : ''}`}
              style={{ position: 'absolute', top: 0, left: 0, right: 0, height: ROW_HEIGHT, transform: `translateY(${item.start}px)` }}
              onClick={() => void select(t.name)}
            >
              <span className="topic-name">{t.name}</span>
              <span className="topic-meta muted small">
                {t.partitions} partition{t.partitions === 1 ? '' : 's'} · RF {t.replicationFactor}
                {t.internal && ' · internal'}
              </span>
              {t.underReplicated > 0 && (
                <span className="badge badge-warn" title="Partitions whose in-sync replicas are fewer than their replicas">
                  {t.underReplicated} under-replicated
                </span>
              )}
              {t.offline > 0 && <span className="badge badge-bad">{t.offline} offline</span>}
            </div>
          )
        })}
      </div>
    </div>
  )
}
