/** Where a JSON text breaks, as line/column, for the producer form (JSON.parse's own message varies by engine). */
export type JsonCheck = { ok: true } | { ok: false; message: string; line: number; column: number }

export function checkJson(text: string): JsonCheck {
  try {
    JSON.parse(text)
    return { ok: true }
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e)
    const pos = Number(/position (\d+)/.exec(msg)?.[1] ?? /column (\d+)/.exec(msg)?.[1] ?? text.length)
    const before = text.slice(0, pos)
    const line = before.split('\n').length
    const column = pos - before.lastIndexOf('\n')
    return { ok: false, message: `Invalid JSON at line ${line}, column ${column}: ${msg.replace(/^JSON\.parse: /, '')}`, line, column }
  }
}
