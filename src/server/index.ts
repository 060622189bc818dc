// Web host entry (`npm run web`): the same services and renderer as the desktop app, over WebSocket, for headless
// use and browser tests. Binds 127.0.0.1 only.
import { homedir } from 'node:os'
import { join } from 'node:path'
import { createServices } from '../main/services'
import { startWebHost } from './web-host'

function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(name)
  return i >= 0 ? process.argv[i + 1] : undefined
}

/** XDG config dir, the web host's equivalent of Electron's userData. */
export function configDir(): string {
  return join(process.env.XDG_CONFIG_HOME || join(homedir(), '.config'), 'kafka-lab')
}

async function main() {
  const portArg = argValue('--port')
  const port = portArg === undefined ? 0 : Number(portArg)
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`--port must be a number from 0 to 65535, got "${portArg}"`)
    process.exit(2)
  }
  const services = createServices({ configDir: configDir() })
  const host = await startWebHost({ services, rendererDir: join(__dirname, '../renderer'), port })
  console.log(`Kafka Lab at ${host.url}`)
  const stop = async () => {
    await host.close()
    await services.shutdown()
    process.exit(0)
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

main().catch((e: unknown) => {
  console.error(`Kafka Lab web host failed to start: ${e instanceof Error ? e.message : String(e)}`)
  process.exit(1)
})
