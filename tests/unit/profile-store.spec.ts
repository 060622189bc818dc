import { expect, test } from '@playwright/test'
import { mkdtempSync, readFileSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { LAB_PROFILE, ProfileStore } from '../../src/main/profiles/profile-store'

const dir = () => mkdtempSync(join(tmpdir(), 'kl-profiles-'))

test('starts with the built-in Lab cluster profile on 127.0.0.1:9092-9094', async () => {
  const list = await new ProfileStore(dir()).list()
  expect(list.profiles).toEqual([LAB_PROFILE])
  expect(LAB_PROFILE.bootstrapServers).toEqual(['127.0.0.1:9092', '127.0.0.1:9093', '127.0.0.1:9094'])
})

test('saves, edits, remembers the last used profile, and persists across instances', async () => {
  const d = dir()
  const a = new ProfileStore(d)
  const p = await a.save({ name: 'Staging', bootstrap: ['10.0.0.1:9092'], clientId: 'me' })
  await a.save({ id: p.id, name: 'Staging 2', bootstrap: ['10.0.0.2:9092'], clientId: 'me' })
  await a.markUsed(p.id)
  const b = await new ProfileStore(d).list()
  expect(b.profiles.map((x) => x.name)).toEqual(['Lab cluster', 'Staging 2'])
  expect(b.profiles[1]?.bootstrapServers).toEqual(['10.0.0.2:9092'])
  expect(b.lastUsedId).toBe(p.id)
  // readable by the user only
  expect(statSync(join(d, 'profiles.json')).mode & 0o777).toBe(0o600)
  expect(JSON.parse(readFileSync(join(d, 'profiles.json'), 'utf8')).version).toBe(1)
})

test('refuses duplicate names, unknown ids and deleting the built-in profile', async () => {
  const s = new ProfileStore(dir())
  await expect(s.save({ name: 'lab CLUSTER', bootstrap: ['h:1'], clientId: 'c' })).rejects.toMatchObject({ code: 'INVALID_INPUT', message: /already exists/ })
  await expect(s.save({ id: 'nope', name: 'X', bootstrap: ['h:1'], clientId: 'c' })).rejects.toMatchObject({ code: 'PROFILE_NOT_FOUND' })
  await expect(s.remove('lab')).rejects.toMatchObject({ code: 'INVALID_INPUT', message: /built in/ })
})
