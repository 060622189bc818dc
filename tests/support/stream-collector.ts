import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createServices } from '../../src/main/services'
import type { AppErrorValue } from '../../src/shared/result'

/** Runs the app's streams through the dispatcher (validation, batching, acks) and collects what arrives. */
export async function streamSession() {
  const services = createServices({ configDir: mkdtempSync(join(tmpdir(), 'kl-stream-')) })
  const session = services.newSession('stream-test')
  const r = await services.dispatcher.call(session, 'connection:connect', { profileId: 'lab' })
  if (!r.ok) throw new Error(r.error.message)
  return {
    start<E>(channel: string, input: unknown) {
      const events: E[] = []
      const ends: Array<AppErrorValue | null> = []
      let batches = 0
      const started = services.dispatcher.startStream(session, channel, input, {
        send: (id, batch) => {
          events.push(...(batch as E[]))
          batches++
          services.dispatcher.ackStream(session, id) // the client took it
        },
        end: (_id, error) => ends.push(error),
      })
      if (!started.ok) throw new Error(started.error.message)
      return { events, ends, batches: () => batches, stop: () => services.dispatcher.stopStream(session, started.value.streamId) }
    },
    close: () => services.shutdown(),
  }
}
