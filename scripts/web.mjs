#!/usr/bin/env node
// `npm run web [-- --port N]`: build, then serve the UI and the contract on 127.0.0.1 (prints the URL with its token).
import { spawn, spawnSync } from 'node:child_process'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const build = spawnSync(process.execPath, [join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' })
if (build.status !== 0) process.exit(build.status ?? 1)
const child = spawn(process.execPath, [join(root, 'out/main/server.js'), ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' })
const stop = () => child.kill('SIGTERM')
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
child.on('exit', (code) => process.exit(code ?? 0))
