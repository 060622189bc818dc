import { z } from 'zod'
import { parseBootstrap } from '../kafka/bootstrap'
import { call, returns } from './define'

/** A saved way to reach a cluster. Stored in the user's config dir; holds no secrets (yet). */
export interface Profile {
  id: string
  name: string
  bootstrapServers: string[]
  clientId: string
  /** The built-in "Lab cluster" profile: editable, not deletable. */
  builtIn: boolean
}

export interface ProfileList {
  profiles: Profile[]
  /** Profile the user connected to last; the app reconnects to it on start. */
  lastUsedId: string | null
}

export interface ConnectInfo {
  profile: Profile
  clusterId: string
  brokerCount: number
}

const profileId = z.string().regex(/^[a-z0-9-]{1,64}$/, 'profile id: lowercase letters, digits and "-"')

export const bootstrapSchema = z.string().transform((text, ctx) => {
  const parsed = parseBootstrap(text)
  if (!parsed.ok) {
    ctx.addIssue({ code: 'custom', message: parsed.message })
    return z.NEVER
  }
  return parsed.servers
})

export const profileInputSchema = z.object({
  id: profileId.optional(),
  name: z.string().trim().min(1, 'Give the profile a name.').max(80),
  bootstrap: bootstrapSchema,
  clientId: z.string().trim().min(1).max(100).regex(/^[A-Za-z0-9._-]+$/, 'client id: letters, digits, ".", "_" and "-" only'),
})

const empty = z.object({}).strict()

export const connectionContract = {
  listProfiles: call(empty, returns<ProfileList>()),
  saveProfile: call(profileInputSchema, returns<Profile>()),
  deleteProfile: call(z.object({ id: profileId }), returns<ProfileList>()),
  /** Connects this window/session to a profile, releasing the previous one. */
  connect: call(z.object({ profileId }), returns<ConnectInfo>()),
  disconnect: call(empty, returns<null>()),
}
