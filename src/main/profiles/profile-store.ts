import { randomUUID } from 'node:crypto'
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Profile, ProfileList } from '../../shared/contract'
import { AppError } from '../rpc/app-error'

export const LAB_PROFILE: Profile = {
  id: 'lab',
  name: 'Lab cluster',
  bootstrapServers: ['127.0.0.1:9092', '127.0.0.1:9093', '127.0.0.1:9094'],
  clientId: 'kafka-lab',
  builtIn: true,
}

interface StoredFile {
  version: 1
  profiles: Profile[]
  lastUsedId: string | null
}

export interface ProfileDraft {
  id?: string
  name: string
  bootstrap: string[]
  clientId: string
}

/**
 * Profiles live in `<configDir>/profiles.json` (Electron: userData; web host: $XDG_CONFIG_HOME/kafka-lab).
 * Writes go to a temp file and are renamed over the old one, so a crash never leaves half a file.
 */
export class ProfileStore {
  private cache: StoredFile | null = null
  private writing: Promise<void> = Promise.resolve()

  constructor(private readonly configDir: string) {}

  get file(): string {
    return join(this.configDir, 'profiles.json')
  }

  async list(): Promise<ProfileList> {
    const data = await this.load()
    return { profiles: data.profiles, lastUsedId: data.lastUsedId }
  }

  async get(id: string): Promise<Profile> {
    const p = (await this.load()).profiles.find((x) => x.id === id)
    if (!p) throw new AppError('PROFILE_NOT_FOUND', `No profile with id "${id}".`)
    return p
  }

  async save(draft: ProfileDraft): Promise<Profile> {
    const data = await this.load()
    const existing = draft.id ? data.profiles.find((p) => p.id === draft.id) : undefined
    if (draft.id && !existing) throw new AppError('PROFILE_NOT_FOUND', `No profile with id "${draft.id}".`)
    const clash = data.profiles.find((p) => p.name.toLowerCase() === draft.name.toLowerCase() && p.id !== draft.id)
    if (clash) throw new AppError('INVALID_INPUT', `A profile named "${clash.name}" already exists.`)
    const profile: Profile = {
      id: existing?.id ?? `p-${randomUUID().slice(0, 8)}`,
      name: draft.name,
      bootstrapServers: draft.bootstrap,
      clientId: draft.clientId,
      builtIn: existing?.builtIn ?? false,
    }
    data.profiles = existing ? data.profiles.map((p) => (p.id === profile.id ? profile : p)) : [...data.profiles, profile]
    await this.persist(data)
    return profile
  }

  async remove(id: string): Promise<ProfileList> {
    const data = await this.load()
    const p = await this.get(id)
    if (p.builtIn) throw new AppError('INVALID_INPUT', `"${p.name}" is built in and cannot be deleted; edit it instead.`)
    data.profiles = data.profiles.filter((x) => x.id !== id)
    if (data.lastUsedId === id) data.lastUsedId = null
    await this.persist(data)
    return this.list()
  }

  async markUsed(id: string): Promise<void> {
    const data = await this.load()
    if (data.lastUsedId === id) return
    data.lastUsedId = id
    await this.persist(data)
  }

  private async load(): Promise<StoredFile> {
    if (this.cache) return this.cache
    let data: StoredFile = { version: 1, profiles: [], lastUsedId: null }
    try {
      const parsed = JSON.parse(await readFile(this.file, 'utf8')) as Partial<StoredFile>
      if (Array.isArray(parsed.profiles)) data = { version: 1, profiles: parsed.profiles, lastUsedId: parsed.lastUsedId ?? null }
    } catch {
      // Missing or unreadable file: start from the built-in profile.
    }
    if (!data.profiles.some((p) => p.id === LAB_PROFILE.id)) data.profiles.unshift(LAB_PROFILE)
    this.cache = data
    return data
  }

  private persist(data: StoredFile): Promise<void> {
    this.cache = data
    const text = JSON.stringify(data, null, 2)
    // Serialise writes so two quick saves cannot interleave their renames.
    this.writing = this.writing.then(async () => {
      await mkdir(this.configDir, { recursive: true })
      const tmp = `${this.file}.${process.pid}.tmp`
      await writeFile(tmp, text, { mode: 0o600 })
      await rename(tmp, this.file)
    })
    return this.writing
  }
}
