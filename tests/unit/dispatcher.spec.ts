import { expect, test } from '@playwright/test'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createServices } from '../../src/main/services'
import { channelsOf } from '../../src/shared/contract'

// These requests never reach Kafka: validation and routing happen before any service runs.
const services = () => createServices({ configDir: mkdtempSync(join(tmpdir(), 'kl-disp-')) })

test('every contract entry is routed to a handler', () => {
  const s = services()
  expect(s.dispatcher.channels().map((c) => c.channel).sort()).toEqual(channelsOf().map((c) => c.channel).sort())
})

test('inputs are validated against the contract before a service sees them', async () => {
  const s = services()
  const session = s.newSession('t')
  const bad = await s.dispatcher.call(session, 'topics:describe', { topic: 'bad name!' })
  expect(bad).toEqual({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringMatching(/topic: " " is not allowed in a topic name/) } })
  const missing = await s.dispatcher.call(session, 'topics:describe', {})
  expect(missing.ok).toBe(false)
  if (!missing.ok) expect(missing.error.code).toBe('INVALID_INPUT')
  const extra = await s.dispatcher.call(session, 'topics:list', { sneaky: 1 })
  expect(extra.ok).toBe(false)
  const profile = await s.dispatcher.call(session, 'connection:saveProfile', { name: 'x', bootstrap: 'localhost', clientId: 'c' })
  expect(profile).toEqual({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringMatching(/bootstrap: "localhost" has no port/) } })
})

test('unknown channels, wrong kinds and calls before connecting are errors as values', async () => {
  const s = services()
  const session = s.newSession('t')
  expect(await s.dispatcher.call(session, 'topics:drop', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } })
  expect(await s.dispatcher.call(session, 'cluster:watch', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } })
  expect(await s.dispatcher.call(session, 'topics:list', {})).toMatchObject({ ok: false, error: { code: 'NOT_CONNECTED' } })
  expect(await s.dispatcher.call(session, 'connection:connect', { profileId: 'nope' })).toMatchObject({ ok: false, error: { code: 'PROFILE_NOT_FOUND' } })
  expect(s.dispatcher.stopStream(session, 'nope')).toMatchObject({ ok: false, error: { code: 'STREAM_NOT_FOUND' } })
})
