// Drives the built web host the way the renderer does: one WebSocket, the contract's calls as JSON frames.
import { spawn } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const require = createRequire(import.meta.url)
const { WebSocket } = require('ws')

export async function startWebHost(root) {
  const child = spawn(process.execPath, [join(root, 'out/main/server.js'), '--port', '0'], {
    env: { ...process.env, XDG_CONFIG_HOME: mkdtempSync(join(tmpdir(), 'kl-bench-')) },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  const url = await new Promise((resolve, reject) => {
    let out = ''
    child.stdout.on('data', (d) => {
      out += d
      const m = out.match(/Kafka Lab at (\S+)/)
      if (m) resolve(new URL(m[1]))
    })
    child.once('exit', (c) => reject(new Error(`web host exited ${c}`)))
  })
  const ws = new WebSocket(`ws://${url.host}/ws?token=${url.searchParams.get('token')}`, { origin: url.origin })
  await new Promise((r, j) => { ws.once('open', r); ws.once('error', j) })
  let nextId = 1
  const pending = new Map()
  const streams = new Map()
  ws.on('message', (d) => {
    const f = JSON.parse(String(d))
    if (f.t === 'result') { pending.get(f.id)?.(f.result); pending.delete(f.id); return }
    const l = streams.get(f.streamId)
    if (!l) return
    if (f.batch) { l.onBatch(f.batch); ws.send(JSON.stringify({ t: 'ack', streamId: f.streamId })) } else l.onEnd?.(f.end)
  })
  const call = (channel, input = {}) => new Promise((resolve) => {
    const id = nextId++
    pending.set(id, resolve)
    ws.send(JSON.stringify({ t: 'call', id, channel, input }))
  })
  const request = (frame) => new Promise((resolve) => {
    const id = nextId++
    pending.set(id, resolve)
    ws.send(JSON.stringify({ ...frame, id }))
  })
  /** Starts a stream; batches are acknowledged as they are handed over, like the renderer does. */
  const stream = async (channel, input, onBatch, onEnd) => {
    const r = await request({ t: 'start', channel, input })
    if (!r.ok) throw new Error(r.error.message)
    streams.set(r.value.streamId, { onBatch, onEnd })
    return () => request({ t: 'stop', streamId: r.value.streamId })
  }
  return { url: url.href, call, stream, close: () => { ws.close(); child.kill('SIGTERM') } }
}
