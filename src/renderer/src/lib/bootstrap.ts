import { useConnection } from '../stores/connection.store'

/** The connected profile's bootstrap servers as the CLI wants them (comma-separated). */
export function useBootstrap(): string {
  return useConnection((s) => s.active?.profile.bootstrapServers.join(',') ?? '127.0.0.1:9092')
}
