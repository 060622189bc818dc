import { useVirtualizer } from '@tanstack/react-virtual'
import { useRef } from 'react'
import type { KafkaMessage } from '../../../shared/contract'
import { preview } from '../lib/bytes'

const ROW = 34

/** Time of day (UTC) in the row; the full date is in the detail pane and the row's tooltip. */
const time = (ts: string) => {
  const d = new Date(Number(ts))
  return Number.isNaN(d.getTime()) ? ts : d.toISOString().slice(11, 23)
}
const fullTime = (ts: string) => {
  const d = new Date(Number(ts))
  return Number.isNaN(d.getTime()) ? ts : d.toISOString()
}

/** Virtualized: only the rows on screen exist in the DOM, whatever the number of messages loaded. */
export function MessageList({ count, get, selected, onSelect, label = 'Messages' }: { count: number; get: (i: number) => KafkaMessage | undefined; selected: KafkaMessage | null; onSelect: (m: KafkaMessage) => void; label?: string }) {
  const parent = useRef<HTMLDivElement>(null)
  const v = useVirtualizer({ count, getScrollElement: () => parent.current, estimateSize: () => ROW, overscan: 10 })
  return (
    <div className="message-table">
      <div className="message-row message-head" aria-hidden="true">
        <span>Partition</span>
        <span>Offset</span>
        <span>Time (UTC)</span>
        <span>Key</span>
        <span>Value</span>
        <span>Headers</span>
      </div>
      <div ref={parent} className="message-scroll" role="listbox" aria-label={label} tabIndex={0}>
        <div style={{ height: v.getTotalSize(), position: 'relative' }}>
          {v.getVirtualItems().map((item) => {
            const m = get(item.index)
            if (!m) return null
            const isSel = selected?.partition === m.partition && selected.offset === m.offset
            return (
              <div
                key={`${m.partition}-${m.offset}`}
                role="option"
                aria-selected={isSel}
                aria-label={`Partition ${m.partition} offset ${m.offset}`}
                className={`message-row${isSel ? ' selected' : ''}`}
                style={{ position: 'absolute', top: 0, left: 0, right: 0, height: ROW, transform: `translateY(${item.start}px)` }}
                onClick={() => onSelect(m)}
              >
                <span className="num">{m.partition}</span>
                <span className="num mono">{m.offset}</span>
                <span className="mono small" title={fullTime(m.timestamp)}>
                  {time(m.timestamp)}
                </span>
                <span className="mono ellipsis">{preview(m.key, 60)}</span>
                <span className="mono ellipsis">{preview(m.value)}</span>
                <span className="num">{m.headers.length}</span>
              </div>
            )
          })}
        </div>
      </div>
    </div>
  )
}
