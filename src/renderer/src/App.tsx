import { useEffect, useState } from 'react'
import { onHostLost } from './api/client'
import { ConnectionBar } from './components/ConnectionBar'
import { Sidebar } from './components/Sidebar'
import { useConnection } from './stores/connection.store'
import { useNav } from './stores/nav.store'
import { BrokersView } from './views/BrokersView'
import { ConnectionView } from './views/ConnectionView'
import { MessagesView } from './views/MessagesView'
import { PlaceholderView } from './views/PlaceholderView'
import { ProduceView } from './views/ProduceView'
import { TailView } from './views/TailView'
import { TopicsView } from './views/TopicsView'

export function App() {
  const { view, showConnections } = useNav()
  const loaded = useConnection((s) => s.loaded)
  const [hostLost, setHostLost] = useState(false)

  useEffect(() => onHostLost(() => setHostLost(true)), [])

  useEffect(() => {
    // Start where the user left off (the built-in Lab cluster the first time).
    void useConnection.getState().load().then(() => {
      const { lastUsedId, profiles, connect } = useConnection.getState()
      const first = lastUsedId ?? profiles[0]?.id
      if (first) void connect(first)
    })
  }, [])

  useEffect(() => {
    document.getElementById('root')?.setAttribute('data-app-state', loaded ? 'ready' : 'loading')
  }, [loaded])

  return (
    <div className="app">
      <Sidebar />
      <div className="main">
        <ConnectionBar />
        {hostLost && (
          <div role="alert" className="banner banner-error">
            Lost the link to the Kafka Lab web host. Start it again (npm run web) and open the URL it prints.
          </div>
        )}
        <main className="content">
          {showConnections ? (
            <ConnectionView />
          ) : view === 'brokers' ? (
            <BrokersView />
          ) : view === 'topics' ? (
            <TopicsView />
          ) : view === 'messages' ? (
            <MessagesView />
          ) : view === 'produce' ? (
            <ProduceView />
          ) : view === 'tail' ? (
            <TailView />
          ) : (
            <PlaceholderView view={view} />
          )}
        </main>
      </div>
    </div>
  )
}
