import { expect, test } from '@playwright/test'
import { mkdtempSync } from 'node:fs'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { WebSocket } from 'ws'
import { createServices } from '../../src/main/services'
import { startWebHost, type WebHost } from '../../src/server/web-host'

let host: WebHost

test.beforeAll(async () => {
  // Serves the built renderer (the test command builds before testing).
  host = await startWebHost({ services: createServices({ configDir: mkdtempSync(join(tmpdir(), 'kl-wh-')) }), rendererDir: join(__dirname, '../../out/renderer') })
})
test.afterAll(() => host.close())

function get(path: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: host.port, path, headers: { host: `127.0.0.1:${host.port}`, ...headers } }, (res) => {
      res.resume()
      resolve({ status: res.statusCode ?? 0, headers: res.headers })
    })
    req.on('error', reject)
    req.end()
  })
}

function openSocket(query: string, headers: Record<string, string>): Promise<'open' | number> {
  return new Promise((resolve) => {
    const ws = new WebSocket(`ws://127.0.0.1:${host.port}/ws${query}`, { headers })
    ws.on('open', () => {
      ws.close()
      resolve('open')
    })
    ws.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0))
    ws.on('error', () => resolve(-1))
  })
}

test('binds 127.0.0.1 and prints a URL with a long random token', () => {
  expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]{32}$/)
})

test('HTTP requests need the token (query or cookie)', async () => {
  expect((await get('/')).status).toBe(401)
  expect((await get('/?token=wrong')).status).toBe(401)
  const ok = await get(`/?token=${host.token}`)
  expect(ok.status).toBe(200)
  expect(String(ok.headers['set-cookie'])).toMatch(/HttpOnly; SameSite=Strict/)
  expect((await get('/', { cookie: `kafka_lab_token=${host.token}` })).status).toBe(200)
  expect((await get('/../../etc/passwd', { cookie: `kafka_lab_token=${host.token}` })).status).toBe(404)
})

test('a foreign Host or Origin is refused even with the token (DNS rebinding)', async () => {
  expect((await get(`/?token=${host.token}`, { host: `evil.example:${host.port}` })).status).toBe(403)
  expect((await get(`/?token=${host.token}`, { origin: 'http://evil.example' })).status).toBe(403)
})

test('responses carry a strict CSP allowing only this host for connections', async () => {
  const r = await get(`/?token=${host.token}`)
  expect(r.status).toBe(200)
  const csp = String(r.headers['content-security-policy'])
  expect(csp).toContain("default-src 'none'")
  expect(csp).toContain("script-src 'self'")
  expect(csp).not.toContain('unsafe')
  expect(csp).toContain(`connect-src ws://127.0.0.1:${host.port} ws://localhost:${host.port}`)
})

test('WebSocket needs the token and this host as Origin', async () => {
  const origin = `http://127.0.0.1:${host.port}`
  expect(await openSocket(`?token=${host.token}`, { origin })).toBe('open')
  expect(await openSocket('', { origin })).toBe(403)
  expect(await openSocket(`?token=${host.token}`, { origin: 'http://evil.example' })).toBe(403)
  expect(await openSocket(`?token=${host.token}`, {})).toBe(403)
})

test('the contract answers over the socket, errors as values', async () => {
  const ws = new WebSocket(`ws://127.0.0.1:${host.port}/ws?token=${host.token}`, { origin: `http://127.0.0.1:${host.port}` })
  await new Promise((r) => ws.once('open', r))
  const ask = (frame: object) =>
    new Promise<{ id: number; result: { ok: boolean; value?: { profiles: Array<{ name: string }> }; error?: { code: string } } }>((resolve) => {
      ws.once('message', (d) => resolve(JSON.parse(String(d))))
      ws.send(JSON.stringify(frame))
    })
  const list = await ask({ t: 'call', id: 1, channel: 'connection:listProfiles', input: {} })
  expect(list.result.value?.profiles.map((p) => p.name)).toEqual(['Lab cluster'])
  const bad = await ask({ t: 'call', id: 2, channel: 'topics:describe', input: { topic: '..' } })
  expect(bad.result.error?.code).toBe('INVALID_INPUT')
  ws.close()
})
