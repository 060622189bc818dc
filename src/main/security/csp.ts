/**
 * The renderer's Content-Security-Policy, sent as a response header by both hosts (Electron's app:// protocol and
 * the web host). No remote or inline script; connect-src only what the host needs (nothing for Electron IPC, the
 * host's own WebSocket for the web host).
 */
export function rendererCsp(connectSrc: string[] = []): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src ${connectSrc.length ? connectSrc.join(' ') : "'none'"}`,
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
    "object-src 'none'",
  ].join('; ')
}
