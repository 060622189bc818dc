import { useEffect, useMemo, useState } from 'react'
import { ErrorNotice } from '../components/ErrorNotice'
import { TopicList } from '../components/TopicList'
import { selectVisibleTopics, useTopics } from '../stores/topics.store'
import { CreateTopicPanel } from './CreateTopicPanel'
import { TopicDetailPane } from './TopicDetailPane'

export function TopicsView() {
  const { topics, loaded, loading, error, query, showInternal, setQuery, setShowInternal, load } = useTopics()
  const [creating, setCreating] = useState(false)
  const selected = useTopics((s) => s.selected)
  const visible = useMemo(() => selectVisibleTopics({ topics, query, showInternal }), [topics, query, showInternal])

  useEffect(() => {
    if (!loaded) void load()
  }, [loaded, load])

  // Picking a topic closes the create form.
  useEffect(() => setCreating(false), [selected])

  return (
    <section className="view topics-view" aria-labelledby="topics-title">
      <div className="topics-side">
        <h1 id="topics-title">Topics</h1>
        <div className="toolbar">
          <input type="search" aria-label="Search topics" placeholder="Search topics" value={query} onChange={(e) => setQuery(e.target.value)} />
          <button type="button" onClick={() => void load()} disabled={loading}>
            {loading ? 'Loading…' : 'Refresh'}
          </button>
        </div>
        <button type="button" className="primary" onClick={() => setCreating(true)}>
          Create topic
        </button>
        <label className="check">
          <input type="checkbox" checked={showInternal} onChange={(e) => setShowInternal(e.target.checked)} /> Show internal topics
        </label>
        {error && <ErrorNotice error={error} onRetry={() => void load()} />}
        <p className="muted small" aria-live="polite">
          {loaded ? `${visible.length} of ${topics.length} topics` : 'Loading topics…'}
        </p>
        <TopicList topics={visible} />
      </div>
      {creating ? <CreateTopicPanel onClose={() => setCreating(false)} /> : <TopicDetailPane />}
    </section>
  )
}
