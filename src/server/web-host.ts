import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { WebSocketServer } from 'ws'
import { rendererCsp } from '../main/security/csp'
import { readRendererFile } from '../main/security/static-files'
import type { AppServices } from '../main/services'
import { hasValidToken, hostAllowed, newToken, originAllowed, TOKEN_COOKIE } from './auth'
import { serveSocket } from './ws-transport'

export interface WebHost {
  url: string
  port: number
  token: string
  close(): Promise<void>
}

export interface WebHostOptions {
  services: AppServices
  rendererDir: string
  port?: number
  token?: string
}

/**
 * Serves the built renderer and the contract over WebSocket on 127.0.0.1 only. Every HTTP request and socket needs
 * the per-run token and a Host (and Origin) naming this server.
 */
export async function startWebHost({ services, rendererDir, port = 0, token = newToken() }: WebHostOptions): Promise<WebHost> {
  const wss = new WebSocketServer({ noServer: true, maxPayload: 16 * 1024 * 1024 })
  let boundPort = port

  const deny = (res: ServerResponse, status: number, text: string) => {
    res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' })
    res.end(text)
  }

  const server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    if (!hostAllowed(req, boundPort) || !originAllowed(req, boundPort, false)) return deny(res, 403, 'Forbidden host or origin')
    if (!hasValidToken(req, token)) return deny(res, 401, 'Kafka Lab needs the token printed when the web host started: open the URL it printed.')
    if (req.method !== 'GET' && req.method !== 'HEAD') return deny(res, 405, 'Method not allowed')
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${boundPort}`)
    const file = await readRendererFile(rendererDir, url.pathname)
    if (!file) return deny(res, 404, 'Not found')
    res.writeHead(200, {
      'content-type': file.type,
      'content-security-policy': rendererCsp([`ws://127.0.0.1:${boundPort}`, `ws://localhost:${boundPort}`]),
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'cache-control': 'no-store',
      // Lets assets load after the token left the address bar; Strict keeps other sites from sending it.
      'set-cookie': `${TOKEN_COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`,
    })
    res.end(req.method === 'HEAD' ? undefined : file.body)
  })

  server.on('upgrade', (req, socket, head) => {
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${boundPort}`)
    if (url.pathname !== '/ws' || !hostAllowed(req, boundPort) || !originAllowed(req, boundPort, true) || !hasValidToken(req, token)) {
      socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n')
      return
    }
    wss.handleUpgrade(req, socket, head, (ws) => serveSocket(ws, services))
  })

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => resolve())
  })
  boundPort = (server.address() as AddressInfo).port

  return {
    url: `http://127.0.0.1:${boundPort}/?token=${token}`,
    port: boundPort,
    token,
    close: async () => {
      for (const c of wss.clients) c.terminate()
      wss.close()
      server.closeAllConnections()
      await new Promise<void>((r) => server.close(() => r()))
    },
  }
}
