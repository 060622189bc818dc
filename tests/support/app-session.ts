import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createServices } from '../../src/main/services'
import type { Result } from '../../src/shared/result'

/**
 * The app's services as the renderer reaches them (dispatcher: validation, handlers, errors as values), connected
 * to the Lab profile. `call` returns the Result; `value` unwraps it or throws with the error.
 */
export async function labSession() {
  const services = createServices({ configDir: mkdtempSync(join(tmpdir(), 'kl-it-')) })
  const session = services.newSession('integration')
  const call = <T = unknown>(channel: string, input: unknown = {}) => services.dispatcher.call(session, channel, input) as Promise<Result<T>>
  const value = async <T = unknown>(channel: string, input: unknown = {}): Promise<T> => {
    const r = await call<T>(channel, input)
    if (!r.ok) throw new Error(`${channel}: ${r.error.code} ${r.error.message}`)
    return r.value
  }
  await value('connection:connect', { profileId: 'lab' })
  return { call, value, close: () => services.shutdown() }
}
