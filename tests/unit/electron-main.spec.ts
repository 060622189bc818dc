import { expect, test } from '@playwright/test'
import { existsSync, mkdtempSync } from 'node:fs'
import Module from 'node:module'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { channelsOf, STREAM_ACK, STREAM_STOP } from '../../src/shared/contract'

/**
 * Loads the *built* Electron main entry (out/main/index.js) with a stubbed `electron` module and checks its wiring:
 * handlers for every contract entry, secure webPreferences, the preload file, the app:// protocol with its CSP,
 * navigation / new-window / permission lockdown, and the IPC sender check.
 */
type Fn = (...args: any[]) => any // eslint-disable-line @typescript-eslint/no-explicit-any

const handles = new Map<string, Fn>()
const ons = new Map<string, Fn>()
const appEvents = new Map<string, Fn>()
const windows: Array<{ options: any; url?: string }> = [] // eslint-disable-line @typescript-eslint/no-explicit-any
const schemes: unknown[] = []
const protocolHandlers = new Map<string, Fn>()
const opened: string[] = []
let permissionRequest: Fn | undefined
let permissionCheck: Fn | undefined

const electronStub = {
  app: {
    getPath: () => mkdtempSync(join(tmpdir(), 'kl-electron-')),
    setPath: () => undefined,
    whenReady: () => Promise.resolve(),
    on: (event: string, fn: Fn) => appEvents.set(event, fn),
    quit: () => undefined,
  },
  BrowserWindow: class {
    static getAllWindows = () => windows
    webContents = { id: 1 }
    constructor(options: unknown) {
      windows.push({ options })
    }
    once() {}
    loadURL(url: string) {
      windows[windows.length - 1]!.url = url
      return Promise.resolve()
    }
  },
  ipcMain: { handle: (ch: string, fn: Fn) => handles.set(ch, fn), on: (ch: string, fn: Fn) => ons.set(ch, fn) },
  protocol: { registerSchemesAsPrivileged: (s: unknown[]) => schemes.push(...s), handle: (scheme: string, fn: Fn) => protocolHandlers.set(scheme, fn) },
  session: { defaultSession: { setPermissionRequestHandler: (fn: Fn) => (permissionRequest = fn), setPermissionCheckHandler: (fn: Fn) => (permissionCheck = fn) } },
  shell: { openExternal: (url: string) => opened.push(url) },
}

const mainEntry = resolve(__dirname, '../../out/main/index.js')

test.beforeAll(async () => {
  const mod = Module as unknown as { _load: Fn }
  const original = mod._load
  mod._load = function (request: string, ...rest: unknown[]) {
    return request === 'electron' ? electronStub : original.call(this, request, ...rest)
  }
  try {
    require(mainEntry) // eslint-disable-line @typescript-eslint/no-require-imports -- must load through the stubbed Module._load
  } finally {
    mod._load = original
  }
  await new Promise((r) => setTimeout(r, 50)) // app.whenReady().then(...)
})

test('every contract call and stream has an ipcMain handler, plus stream stop/ack', () => {
  for (const { channel } of channelsOf()) expect(handles.has(channel), channel).toBe(true)
  expect(handles.has(STREAM_STOP)).toBe(true)
  expect(ons.has(STREAM_ACK)).toBe(true)
})

test('the window is created with the secure webPreferences and an existing bundled preload', () => {
  expect(windows).toHaveLength(1)
  const prefs = windows[0]!.options.webPreferences
  expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, allowRunningInsecureContent: false, webviewTag: false })
  expect(prefs.preload).toBe(resolve(__dirname, '../../out/preload/index.js'))
  expect(existsSync(prefs.preload)).toBe(true)
  expect(windows[0]!.url).toBe('app://kafka-lab/index.html')
})

test('the renderer is served from app:// with a CSP that allows no remote code and no network', async () => {
  expect(schemes).toEqual([expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) })])
  const handler = protocolHandlers.get('app')!
  const index: Response = await handler(new Request('app://kafka-lab/index.html'))
  expect(index.status).toBe(200)
  const csp = index.headers.get('content-security-policy') ?? ''
  expect(csp).toContain("default-src 'none'")
  expect(csp).toContain("script-src 'self'")
  expect(csp).toContain("connect-src 'none'")
  expect((await handler(new Request('app://kafka-lab/../../../etc/passwd'))).status).toBe(404)
  expect((await handler(new Request('app://other/index.html'))).status).toBe(404)
})

test('permissions are denied, navigation and new windows blocked, web links go to the OS browser', () => {
  let granted: boolean | undefined
  permissionRequest!({}, 'media', (g: boolean) => (granted = g))
  expect(granted).toBe(false)
  expect(permissionCheck!()).toBe(false)

  const listeners = new Map<string, Fn>()
  let openHandler: Fn | undefined
  appEvents.get('web-contents-created')!({}, { on: (e: string, fn: Fn) => listeners.set(e, fn), setWindowOpenHandler: (fn: Fn) => (openHandler = fn) })
  let prevented = false
  listeners.get('will-navigate')!({ preventDefault: () => (prevented = true) }, 'https://evil.example/')
  expect(prevented).toBe(true)
  expect(openHandler!({ url: 'https://kafka.apache.org/documentation/' })).toEqual({ action: 'deny' })
  expect(openHandler!({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' })
  expect(opened).toEqual(['https://kafka.apache.org/documentation/'])
})

test('IPC from a frame that is not the app is refused; from the app it reaches the services', async () => {
  const sender = { id: 7, once: () => undefined, isDestroyed: () => false, send: () => undefined }
  const list = handles.get('connection:listProfiles')!
  expect(await list({ sender, senderFrame: { url: 'https://evil.example/' } }, {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  const ok = await list({ sender, senderFrame: { url: 'app://kafka-lab/index.html' } }, {})
  expect(ok).toMatchObject({ ok: true, value: { profiles: [expect.objectContaining({ name: 'Lab cluster' })] } })
})
