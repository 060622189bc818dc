import type { Protocol } from 'electron'
import { rendererCsp } from '../security/csp'
import { readRendererFile } from '../security/static-files'

/** The renderer is served from app://kafka-lab/ (not file://) so it has a real origin and a CSP header. */
export const APP_SCHEME = 'app'
export const APP_ORIGIN = 'app://kafka-lab'

export const APP_SCHEME_PRIVILEGES = { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }

export function registerAppProtocol(protocol: Pick<Protocol, 'handle'>, rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url)
    const file = url.host === 'kafka-lab' ? await readRendererFile(rendererDir, url.pathname) : null
    if (!file) return new Response('Not found', { status: 404 })
    return new Response(new Uint8Array(file.body), {
      headers: { 'content-type': file.type, 'content-security-policy': rendererCsp(), 'x-content-type-options': 'nosniff' },
    })
  })
}
