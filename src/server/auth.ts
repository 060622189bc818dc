import { randomBytes, timingSafeEqual } from 'node:crypto'
import type { IncomingMessage } from 'node:http'

export const TOKEN_COOKIE = 'kafka_lab_token'

export function newToken(): string {
  return randomBytes(24).toString('base64url')
}

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a)
  const y = Buffer.from(b)
  return x.length === y.length && timingSafeEqual(x, y)
}

function cookieToken(req: IncomingMessage): string | null {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=')
    if (k === TOKEN_COOKIE) return v.join('=')
  }
  return null
}

/** The token may come from ?token= (first visit, WebSocket) or from the cookie set on the first visit. */
export function requestToken(req: IncomingMessage): string | null {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1')
  return url.searchParams.get('token') ?? cookieToken(req)
}

export function hasValidToken(req: IncomingMessage, token: string): boolean {
  const given = requestToken(req)
  return given !== null && sameSecret(given, token)
}

/**
 * DNS-rebinding defence: a page on evil.example that resolves to 127.0.0.1 still sends its own Host/Origin, so both
 * must name this server exactly.
 */
export function allowedHosts(port: number): Set<string> {
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`])
}

export function hostAllowed(req: IncomingMessage, port: number): boolean {
  return allowedHosts(port).has(req.headers.host ?? '')
}

/** Origin is required for WebSocket upgrades (browsers always send it) and checked when present elsewhere. */
export function originAllowed(req: IncomingMessage, port: number, required: boolean): boolean {
  const origin = req.headers.origin
  if (!origin) return !required
  return [...allowedHosts(port)].some((h) => origin === `http://${h}`)
}
