/**
 * Parses a bootstrap servers string ("host:port,host:port") the way a user types it, so the connection form can
 * say exactly which entry is wrong before anything tries to connect.
 */
export type BootstrapParse = { ok: true; servers: string[] } | { ok: false; message: string }

const HOSTNAME = /^(?=.{1,253}$)[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$/
const IPV6 = /^\[[0-9A-Fa-f:.]+\]$/

export function parseBootstrap(text: string): BootstrapParse {
  const entries = text.split(',').map((s) => s.trim())
  if (entries.length === 1 && entries[0] === '') return { ok: false, message: 'Enter at least one broker as host:port.' }
  const servers: string[] = []
  for (const [i, entry] of entries.entries()) {
    const where = entries.length > 1 ? `Entry ${i + 1} ("${entry}")` : `"${entry}"`
    if (entry === '') return { ok: false, message: `Entry ${i + 1} is empty: remove the extra comma.` }
    if (/\s/.test(entry)) return { ok: false, message: `${where} contains a space; separate brokers with commas.` }
    if (/^[a-z]+:\/\//i.test(entry)) return { ok: false, message: `${where}: leave out the scheme, write host:port.` }
    const colon = entry.lastIndexOf(':')
    if (colon <= 0) return { ok: false, message: `${where} has no port; write host:port, e.g. 127.0.0.1:9092.` }
    const host = entry.slice(0, colon)
    const portText = entry.slice(colon + 1)
    if (!HOSTNAME.test(host) && !IPV6.test(host)) return { ok: false, message: `${where}: "${host}" is not a valid host name or address.` }
    if (!/^\d{1,5}$/.test(portText) || Number(portText) < 1 || Number(portText) > 65535) {
      return { ok: false, message: `${where}: port must be a number from 1 to 65535.` }
    }
    servers.push(`${host}:${Number(portText)}`)
  }
  return { ok: true, servers }
}
