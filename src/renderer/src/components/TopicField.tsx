import { useEffect, useId } from 'react'
import { useTopics } from '../stores/topics.store'

/** "Topic" text field suggesting the cluster's topics (first 2,000: a datalist of 10,000 would be slow to open). */
export function TopicField({ value, onChange, placeholder }: { value: string; onChange: (v: string) => void; placeholder?: string }) {
  const topics = useTopics((s) => s.topics)
  const loaded = useTopics((s) => s.loaded)
  const listId = useId()

  useEffect(() => {
    if (!loaded) void useTopics.getState().load()
  }, [loaded])

  return (
    <label className="field">
      Topic
      <input list={listId} value={value} onChange={(e) => onChange(e.target.value)} spellCheck={false} placeholder={placeholder} />
      <datalist id={listId}>
        {topics.slice(0, 2000).map((t) => (
          <option key={t.name} value={t.name} />
        ))}
      </datalist>
    </label>
  )
}
