'use strict'
// Resolves an Apache Kafka distribution (broker + CLI tool classes) from Maven Central into a cache
// outside the repository, and runs its Java main classes. Used by the local cluster, the tests and the benches.
const { execFileSync, spawnSync } = require('node:child_process')
const { existsSync, mkdirSync, readdirSync, writeFileSync } = require('node:fs')
const { homedir } = require('node:os')
const { join } = require('node:path')

const here = __dirname

/** The Kafka line the whole suite runs on; 3.9 runs a smoke subset (the lab's cp-kafka 7.x images are Kafka 3.x). */
const DEFAULT_KAFKA_VERSION = '4.1.1'
const SMOKE_KAFKA_VERSION = '3.9.1'

function kafkaVersion() {
  return process.env.KAFKA_VERSION || DEFAULT_KAFKA_VERSION
}

function cacheRoot() {
  return process.env.KAFKA_LAB_CACHE || join(homedir(), '.cache', 'kafka-lab')
}

function isKafka3(version) {
  return version.startsWith('3.')
}

/** Directory holding the jars of one Kafka version; resolved with Maven on first use. */
function ensureKafka(version = kafkaVersion()) {
  const dir = join(cacheRoot(), `kafka-${version}`)
  const libs = join(dir, 'libs')
  const marker = join(dir, '.complete')
  if (!existsSync(marker)) {
    mkdirSync(libs, { recursive: true })
    const args = ['-q', '-B', '-f', join(here, 'pom.xml'), 'dependency:copy-dependencies',
      `-Dkafka.version=${version}`, `-DoutputDirectory=${libs}`]
    if (isKafka3(version)) args.push('-Dkafka3')
    const r = spawnSync('mvn', args, { stdio: 'inherit' })
    if (r.status !== 0) throw new Error(`Maven could not resolve Kafka ${version} (exit ${r.status})`)
    writeFileSync(marker, new Date().toISOString())
  }
  writeLoggingConfigs(dir, version)
  return { dir, libs, version }
}

/** Logging configs: brokers log INFO to their stdout file; CLI tools log WARN to stderr so stdout stays parseable. */
function writeLoggingConfigs(dir, version) {
  if (isKafka3(version)) {
    const base = (level, target) => [
      `log4j.rootLogger=${level}, out`,
      'log4j.appender.out=org.apache.log4j.ConsoleAppender',
      `log4j.appender.out.Target=${target}`,
      'log4j.appender.out.layout=org.apache.log4j.PatternLayout',
      'log4j.appender.out.layout.ConversionPattern=[%d] %p %m (%c)%n',
      'log4j.logger.kafka.request.logger=WARN',
      'log4j.logger.state.change.logger=WARN', '',
    ].join('\n')
    writeFileSync(join(dir, 'broker-log4j.properties'), base('INFO', 'System.out'))
    writeFileSync(join(dir, 'tools-log4j.properties'), base('WARN', 'System.err'))
  } else {
    const base = (level, target) => [
      'status = warn',
      'appender.out.type = Console',
      'appender.out.name = OUT',
      `appender.out.target = ${target}`,
      'appender.out.layout.type = PatternLayout',
      'appender.out.layout.pattern = [%d] %p %m (%c)%n',
      `rootLogger.level = ${level}`,
      'rootLogger.appenderRef.out.ref = OUT', '',
    ].join('\n')
    writeFileSync(join(dir, 'broker-log4j2.properties'), base('INFO', 'SYSTEM_OUT'))
    writeFileSync(join(dir, 'tools-log4j2.properties'), base('WARN', 'SYSTEM_ERR'))
  }
}

/** JVM arguments selecting the classpath and logging config of one distribution. */
function javaArgs(dist, role /* 'broker' | 'tools' */) {
  const cp = readdirSync(dist.libs).filter((f) => f.endsWith('.jar')).map((f) => join(dist.libs, f)).join(':')
  const log = isKafka3(dist.version)
    ? `-Dlog4j.configuration=file:${join(dist.dir, `${role}-log4j.properties`)}`
    : `-Dlog4j2.configurationFile=${join(dist.dir, `${role}-log4j2.properties`)}`
  return ['-cp', cp, log]
}

/**
 * Runs a Kafka CLI main class (e.g. org.apache.kafka.tools.TopicCommand) and returns its stdout.
 * Throws with stderr when it exits non-zero.
 */
function runKafkaTool(mainClass, args, { version = kafkaVersion(), input, timeoutMs = 120_000 } = {}) {
  const dist = ensureKafka(version)
  return execFileSync('java', ['-Xmx256m', '-XX:TieredStopAtLevel=1', ...javaArgs(dist, 'tools'), mainClass, ...args], {
    encoding: 'utf8', input, timeout: timeoutMs, stdio: ['pipe', 'pipe', 'pipe'],
  })
}

module.exports = { DEFAULT_KAFKA_VERSION, SMOKE_KAFKA_VERSION, kafkaVersion, cacheRoot, isKafka3, ensureKafka, javaArgs, runKafkaTool }
