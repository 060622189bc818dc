import type { Profile } from '../../shared/contract'
import type { ConnectionRegistry, KafkaConnection } from '../kafka/connection-registry'
import type { ProfileStore } from '../profiles/profile-store'
import { AppError } from './app-error'
import type { RunningStream } from './stream-runner'

/**
 * One user of the services: an Electron window or a WebSocket client. It has at most one active profile and
 * owns its streams; closing it stops them and releases its Kafka connection.
 */
export class Session {
  private profileId: string | null = null
  readonly streams = new Map<string, RunningStream>()

  constructor(
    readonly id: string,
    private readonly registry: ConnectionRegistry,
    private readonly profiles: ProfileStore,
  ) {}

  get activeProfileId(): string | null {
    return this.profileId
  }

  async connect(profileId: string): Promise<KafkaConnection> {
    const profile = await this.profiles.get(profileId)
    if (this.profileId && this.profileId !== profileId) this.leaveProfile()
    this.profileId = profileId
    return this.registry.acquire(profile, this.id)
  }

  /** The active profile's connection; a profile edited meanwhile gets a fresh client. */
  async connection(): Promise<KafkaConnection> {
    if (!this.profileId) throw new AppError('NOT_CONNECTED', 'Choose a cluster profile and connect first.')
    const profile: Profile = await this.profiles.get(this.profileId)
    return this.registry.acquire(profile, this.id)
  }

  disconnect(): void {
    if (this.profileId) this.leaveProfile()
    this.profileId = null
  }

  close(): void {
    this.disconnect()
  }

  private leaveProfile(): void {
    for (const s of this.streams.values()) s.stop()
    this.streams.clear()
    if (this.profileId) this.registry.release(this.profileId, this.id)
  }
}
