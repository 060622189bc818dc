'use strict'
// A real 3-node Apache Kafka cluster (KRaft, each node broker + controller) as local JVM processes on 127.0.0.1.
// Client ports 9092-9094, controller ports 29092-29094, static controller.quorum.voters.
const { spawn, spawnSync } = require('node:child_process')
const { randomBytes } = require('node:crypto')
const { closeSync, existsSync, mkdirSync, openSync, readFileSync, readdirSync, rmSync, writeFileSync } = require('node:fs')
const { connect } = require('node:net')
const { homedir } = require('node:os')
const { join } = require('node:path')
const { ensureKafka, javaArgs, kafkaVersion } = require('./kafka-dist')

const NODE_IDS = [1, 2, 3]
const clientPort = (id) => 9091 + id
const controllerPort = (id) => 29091 + id
const BOOTSTRAP = NODE_IDS.map((id) => `127.0.0.1:${clientPort(id)}`).join(',')

/**
 * Kafka's Uuid text form: 16 random bytes, URL-safe base64 without padding. Like Kafka's Uuid.randomUuid, never one
 * starting with "-": the storage tool's argument parser would take it for an option.
 */
function randomClusterId() {
  for (;;) {
    const id = randomBytes(16).toString('base64url')
    if (!id.startsWith('-')) return id
  }
}

function defaultDataDir(version = kafkaVersion()) {
  return process.env.KAFKA_LAB_DATA || join(homedir(), '.cache', 'kafka-lab', `cluster-${version}`)
}

function nodeProperties(id, dataDir) {
  const voters = NODE_IDS.map((n) => `${n}@127.0.0.1:${controllerPort(n)}`).join(',')
  return [
    `node.id=${id}`,
    'process.roles=broker,controller',
    `listeners=PLAINTEXT://127.0.0.1:${clientPort(id)},CONTROLLER://127.0.0.1:${controllerPort(id)}`,
    `advertised.listeners=PLAINTEXT://127.0.0.1:${clientPort(id)}`,
    'listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT',
    'inter.broker.listener.name=PLAINTEXT',
    'controller.listener.names=CONTROLLER',
    `controller.quorum.voters=${voters}`,
    `log.dirs=${join(dataDir, `node-${id}`, 'data')}`,
    // The lab's compose file uses RF 3 for the internal topics; so do we.
    'offsets.topic.replication.factor=3',
    'transaction.state.log.replication.factor=3',
    'transaction.state.log.min.isr=2',
    'num.partitions=1',
    'default.replication.factor=1',
    'auto.create.topics.enable=false',
    // Small segments/caches keep three JVMs light on a 2-core machine.
    'num.network.threads=2',
    'num.io.threads=4',
    'log.retention.check.interval.ms=60000',
    '',
  ].join('\n')
}

function pidFile(dataDir, id) {
  return join(dataDir, `node-${id}`, 'pid')
}

function isAlive(pid) {
  try { process.kill(pid, 0); return true } catch { return false }
}

/** PIDs of kafka.Kafka JVMs started from this data dir (also those of a crashed earlier run). */
function leftoverPids(dataDir) {
  const found = []
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const cmd = readFileSync(`/proc/${entry}/cmdline`, 'utf8')
      if (cmd.includes('kafka.Kafka') && cmd.includes(dataDir)) found.push(Number(entry))
    } catch { /* process ended while scanning */ }
  }
  return found
}

function portOpen(port) {
  return new Promise((resolve) => {
    const s = connect({ host: '127.0.0.1', port })
    s.once('connect', () => { s.destroy(); resolve(true) })
    s.once('error', () => resolve(false))
    s.setTimeout(1000, () => { s.destroy(); resolve(false) })
  })
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms))

class LocalCluster {
  constructor({ version = kafkaVersion(), dataDir = defaultDataDir(version), heapMb = 384, fresh = false } = {}) {
    this.version = version
    this.dataDir = dataDir
    this.heapMb = heapMb
    this.fresh = fresh
    this.bootstrap = BOOTSTRAP
  }

  /** Formats storage once (or anew when fresh), starts the 3 nodes and waits until all serve metadata. */
  async start({ timeoutMs = 120_000 } = {}) {
    await this.killLeftovers()
    const dist = ensureKafka(this.version)
    if (this.fresh) rmSync(this.dataDir, { recursive: true, force: true })
    mkdirSync(this.dataDir, { recursive: true })
    const idFile = join(this.dataDir, 'cluster-id')
    if (!existsSync(idFile)) writeFileSync(idFile, randomClusterId())
    const clusterId = readFileSync(idFile, 'utf8').trim()
    for (const id of NODE_IDS) this.format(dist, id, clusterId)
    for (const id of NODE_IDS) this.spawnNode(dist, id)
    await this.waitReady(timeoutMs)
    return this
  }

  format(dist, id, clusterId) {
    const nodeDir = join(this.dataDir, `node-${id}`)
    mkdirSync(nodeDir, { recursive: true })
    const props = join(nodeDir, 'server.properties')
    writeFileSync(props, nodeProperties(id, this.dataDir))
    if (existsSync(join(nodeDir, 'data', 'meta.properties'))) return
    const r = spawnSync('java', ['-Xmx256m', ...javaArgs(dist, 'tools'), 'kafka.tools.StorageTool', 'format',
      '-t', clusterId, '-c', props, '--ignore-formatted'], { encoding: 'utf8' })
    if (r.status !== 0) throw new Error(`formatting node ${id} failed: ${r.stderr || r.stdout}`)
  }

  spawnNode(dist, id) {
    const nodeDir = join(this.dataDir, `node-${id}`)
    const log = openSync(join(nodeDir, 'server.log'), 'a')
    const child = spawn('java', [
      `-Xmx${this.heapMb}m`, `-Xms${Math.min(128, this.heapMb)}m`, '-XX:+UseSerialGC', '-Djava.awt.headless=true',
      `-Dkafka.lab.data=${this.dataDir}`,
      ...javaArgs(dist, 'broker'), 'kafka.Kafka', join(nodeDir, 'server.properties'),
    ], { detached: true, stdio: ['ignore', log, log] })
    closeSync(log)
    child.unref()
    writeFileSync(pidFile(this.dataDir, id), String(child.pid))
  }

  /** Starts one node that was stopped (the others keep running). */
  async startNode(id, { timeoutMs = 60_000 } = {}) {
    this.spawnNode(ensureKafka(this.version), id)
    const deadline = Date.now() + timeoutMs
    while (!(await portOpen(clientPort(id)))) {
      if (Date.now() > deadline) throw new Error(`node ${id} did not open port ${clientPort(id)}`)
      await sleep(250)
    }
  }

  /** Stops one node: SIGTERM (controlled shutdown) or SIGKILL (a crash). */
  async stopNode(id, { signal = 'SIGTERM', timeoutMs = 30_000 } = {}) {
    const file = pidFile(this.dataDir, id)
    if (!existsSync(file)) return
    const pid = Number(readFileSync(file, 'utf8'))
    if (isAlive(pid)) process.kill(pid, signal)
    const deadline = Date.now() + timeoutMs
    while (isAlive(pid)) {
      if (Date.now() > deadline) { process.kill(pid, 'SIGKILL') }
      await sleep(100)
    }
    rmSync(file, { force: true })
  }

  async waitReady(timeoutMs) {
    const { Kafka, logLevel } = require('kafkajs')
    const deadline = Date.now() + timeoutMs
    let last = 'no answer yet'
    while (Date.now() < deadline) {
      for (const id of NODE_IDS) {
        const pid = Number(readFileSync(pidFile(this.dataDir, id), 'utf8'))
        if (!isAlive(pid)) throw new Error(`node ${id} exited; see ${join(this.dataDir, `node-${id}`, 'server.log')}`)
      }
      const admin = new Kafka({ brokers: this.bootstrap.split(','), logLevel: logLevel.NOTHING, retry: { retries: 0 }, connectionTimeout: 1000 }).admin()
      try {
        await admin.connect()
        const { brokers } = await admin.describeCluster()
        if (brokers.length === NODE_IDS.length) return
        last = `${brokers.length} of ${NODE_IDS.length} brokers registered`
      } catch (e) {
        last = e.message
      } finally {
        await admin.disconnect().catch(() => {})
      }
      await sleep(500)
    }
    throw new Error(`cluster not ready after ${timeoutMs} ms: ${last}`)
  }

  async stop() {
    await Promise.all(NODE_IDS.map((id) => this.stopNode(id)))
    await this.killLeftovers()
  }

  async killLeftovers() {
    for (const pid of leftoverPids(this.dataDir)) {
      try { process.kill(pid, 'SIGKILL') } catch { /* already gone */ }
    }
    for (let i = 0; i < 50 && leftoverPids(this.dataDir).length; i++) await sleep(100)
  }

  async isRunning() {
    return (await Promise.all(NODE_IDS.map((id) => portOpen(clientPort(id))))).every(Boolean)
  }
}


module.exports = { NODE_IDS, clientPort, controllerPort, BOOTSTRAP, defaultDataDir, LocalCluster, portOpen }
