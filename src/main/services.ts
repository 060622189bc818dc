import { handlers } from './handlers'
import { ConnectionRegistry } from './kafka/connection-registry'
import { ProfileStore } from './profiles/profile-store'
import { Dispatcher } from './rpc/dispatcher'
import { Session } from './rpc/session'

/** The services both hosts share (Electron main and the web host); nothing in here knows about Electron. */
export interface AppServices {
  dispatcher: Dispatcher
  registry: ConnectionRegistry
  profiles: ProfileStore
  newSession(id: string): Session
  shutdown(): Promise<void>
}

export function createServices({ configDir }: { configDir: string }): AppServices {
  const registry = new ConnectionRegistry()
  const profiles = new ProfileStore(configDir)
  const dispatcher = new Dispatcher(handlers, { profiles, registry })
  return {
    dispatcher,
    registry,
    profiles,
    newSession: (id) => new Session(id, registry, profiles),
    shutdown: () => registry.closeAll(),
  }
}
