import { execFileSync } from 'node:child_process'

export const percentile = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]
}

export async function timeIt(runs, fn) {
  const times = []
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint()
    await fn()
    times.push(Number(process.hrtime.bigint() - t0) / 1e6)
  }
  return times
}

/** `<name> <value> <unit> (kcat <value> <unit>, ratio <r>)` — the format every bench prints. */
export function report(name, value, unit, peer) {
  const v = value.toFixed(1)
  if (!peer) return console.log(`${name} ${v} ${unit}`)
  console.log(`${name} ${v} ${unit} (${peer.name} ${peer.value.toFixed(1)} ${unit}, ratio ${(value / peer.value).toFixed(2)})`)
}

export const kcat = (args, input) => execFileSync('kcat', args, { input, stdio: ['pipe', 'pipe', 'ignore'] })
