import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export interface RunningWebHost {
  url: string
  origin: string
  port: number
  token: string
  configDir: string
  stop(): Promise<void>
}

/** Starts the built web host (`out/main/server.js`) with a fresh config dir and waits for the URL it prints. */
export async function launchWebHost(args: string[] = []): Promise<RunningWebHost> {
  const xdg = mkdtempSync(join(tmpdir(), 'kafka-lab-cfg-'))
  const child: ChildProcess = spawn(process.execPath, ['out/main/server.js', '--port', '0', ...args], {
    env: { ...process.env, XDG_CONFIG_HOME: xdg },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let stderr = ''
  child.stderr?.on('data', (d) => (stderr += String(d)))
  const url = await new Promise<string>((resolve, reject) => {
    let out = ''
    const timer = setTimeout(() => reject(new Error(`web host printed no URL: ${out} ${stderr}`)), 15_000)
    child.stdout?.on('data', (d) => {
      out += String(d)
      const m = out.match(/Kafka Lab at (http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/)
      if (m?.[1]) {
        clearTimeout(timer)
        resolve(m[1])
      }
    })
    child.once('exit', (code) => reject(new Error(`web host exited with ${code}: ${stderr}`)))
  })
  const u = new URL(url)
  return {
    url,
    origin: u.origin,
    port: Number(u.port),
    token: u.searchParams.get('token') ?? '',
    configDir: join(xdg, 'kafka-lab'),
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve()
        child.once('exit', () => resolve())
        child.kill('SIGTERM')
      }),
  }
}
