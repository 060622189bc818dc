import { readFile } from 'node:fs/promises'
import { extname, normalize, resolve, sep } from 'node:path'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
}

/** Reads a file of the built renderer; null for anything outside its folder (no path traversal) or missing. */
export async function readRendererFile(rendererDir: string, urlPath: string): Promise<{ body: Buffer; type: string } | null> {
  let path: string
  try {
    path = decodeURIComponent(urlPath)
  } catch {
    return null
  }
  if (path === '/' || path === '') path = '/index.html'
  const root = resolve(rendererDir)
  const full = resolve(root, normalize(`.${path}`))
  if (full !== root && !full.startsWith(root + sep)) return null
  try {
    return { body: await readFile(full), type: TYPES[extname(full)] ?? 'application/octet-stream' }
  } catch {
    return null
  }
}
