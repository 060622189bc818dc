#!/usr/bin/env node
'use strict'
// npm run cluster -- start|stop|status [--version 4.1.1] [--fresh]
const { LocalCluster } = require('./local-cluster')
const { kafkaVersion } = require('./kafka-dist')


async function main() {
  const [cmd = 'start', ...rest] = process.argv.slice(2)
  const flag = (name) => rest.includes(name)
  const value = (name) => { const i = rest.indexOf(name); return i >= 0 ? rest[i + 1] : undefined }
  const cluster = new LocalCluster({ version: value('--version') ?? kafkaVersion(), fresh: flag('--fresh') })

  switch (cmd) {
    case 'start':
      console.log(`Starting Apache Kafka ${cluster.version} (3 KRaft nodes) in ${cluster.dataDir} …`)
      await cluster.start()
      console.log(`Kafka is up: ${cluster.bootstrap}`)
      break
    case 'stop':
      await cluster.stop()
      console.log('Kafka stopped')
      break
    case 'status':
      console.log((await cluster.isRunning()) ? `running: ${cluster.bootstrap}` : 'not running')
      break
    default:
      console.error('usage: npm run cluster -- start|stop|status [--version X] [--fresh]')
      process.exit(2)
  }

}

main().catch((e) => {
  console.error(e.message)
  process.exit(1)
})
