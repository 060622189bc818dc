#!/usr/bin/env node
// `npm start`: build, make sure a cluster answers on the Lab profile (starting the local 3-node cluster when
// nothing does), then open the desktop app — or, where no Electron binary is installed, the same UI in the web host.
import { spawn, spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const require = createRequire(import.meta.url)
const { electronBinary } = require('./lib/electron-binary.js')
const { LocalCluster, portOpen } = require('../tests/cluster/local-cluster.js')

const args = process.argv.slice(2)
const forceWeb = args.includes('--web')

function run(cmd, cmdArgs) {
  const r = spawnSync(cmd, cmdArgs, { cwd: root, stdio: 'inherit' })
  if (r.status !== 0) process.exit(r.status ?? 1)
}

run(process.execPath, [join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build', '--logLevel', 'warn'])

if (!(await portOpen(9092))) {
  const hasJava = spawnSync('java', ['-version'], { stdio: 'ignore' }).status === 0
  const hasMaven = spawnSync('mvn', ['-v'], { stdio: 'ignore' }).status === 0
  if (!hasJava || !hasMaven) {
    console.log('Nothing answers on 127.0.0.1:9092 and Java 17 + Maven are needed to start the local lab cluster: install them (Debian: apt-get install openjdk-17-jre-headless maven) or start your own cluster. Opening the app anyway.')
  } else {
    const cluster = new LocalCluster()
    console.log(`Nothing answers on 127.0.0.1:9092: starting the local lab cluster (Apache Kafka ${cluster.version}, 3 brokers, data in ${cluster.dataDir}) …`)
    await cluster.start()
    console.log(`Lab cluster up on ${cluster.bootstrap} (stop it with: npm run cluster -- stop)`)
  }
}

const binary = forceWeb ? null : electronBinary(root)
if (binary) {
  const child = spawn(binary, ['.'], { cwd: root, stdio: 'inherit' })
  child.on('exit', (code) => process.exit(code ?? 0))
} else {
  if (!forceWeb) console.log('The Electron binary is not installed here, so Kafka Lab serves the same UI through its web host: open the URL below in a browser.')
  const child = spawn(process.execPath, [join(root, 'out/main/server.js'), ...args.filter((a) => a !== '--web')], { cwd: root, stdio: 'inherit' })
  const stop = () => child.kill('SIGTERM')
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
  child.on('exit', (code) => process.exit(code ?? 0))
}
