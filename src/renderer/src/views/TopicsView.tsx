import { useEffect, useMemo } from 'react'
import { ErrorNotice } from '../components/ErrorNotice'
import { TopicList } from '../components/TopicList'
import { selectVisibleTopics, useTopics } from '../stores/topics.store'
import { TopicDetailPane } from './TopicDetailPane'

export function TopicsView() {
  const { topics, loaded, loading, error, query, showInternal, setQuery, setShowInternal, load } = useTopics()
  const visible = useMemo(() => selectVisibleTopics({ topics, query, showInternal }), [topics, query, showInternal])

  useEffect(() => {
    if (!loaded) void load()
  }, [loaded, load])

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
        <label className="check">
          <input type="checkbox" checked={showInternal} onChange={(e) => setShowInternal(e.target.checked)} /> Show internal topics
        </label>
        {error && <ErrorNotice error={error} onRetry={() => void load()} />}
        <p className="muted small" aria-live="polite">
          {loaded ? `${visible.length} of ${topics.length} topics` : 'Loading topics…'}
        </p>
        <TopicList topics={visible} />
      </div>
      <TopicDetailPane />
    </section>
  )
}
