// The UI under load (web host in Debian Chromium): tailing 20,000 msg/s of 1 KB for 30 s, renderer heap after
// tailing 1,000,000 messages, and opening a 1 MB message.
import { createRequire } from 'node:module'
import { openApp } from './lib/browser.mjs'
import { report } from './lib/stats.mjs'
import { startWebHost } from './lib/web-host-client.mjs'
import { BULK_COUNT, BULK_TOPIC, createTopic, KB } from './messages.bench.mjs'

const require = createRequire(import.meta.url)
const { Kafka, logLevel } = require('kafkajs')
const sleep = (ms) => new Promise((r) => setTimeout(r, ms))

async function startTail(page, topic, from) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Tail' }).click()
  const form = page.getByRole('form', { name: 'Tail a topic' })
  await form.getByRole('combobox', { name: 'Topic' }).fill(topic)
  await form.getByRole('combobox', { name: 'From' }).selectOption(from)
  await form.getByRole('button', { name: /Start|Restart/ }).click()
  await page.getByRole('list', { name: 'Tail notices' }).getByText(/Tailing/).last().waitFor()
}

const receivedOf = async (page) => Number((await page.getByRole('status', { name: 'Tail status' }).textContent()).match(/received (\d+)/)?.[1] ?? 0)

async function liveTail(page, bootstrap) {
  const topic = 'bench-live'
  createTopic(bootstrap, topic, 6)
  await page.evaluate(() => {
    globalThis.__longTasks = []
    new PerformanceObserver((l) => { for (const e of l.getEntries()) globalThis.__longTasks.push(e.duration) }).observe({ type: 'longtask', buffered: true })
  })
  await startTail(page, topic, 'latest')
  const producer = new Kafka({ brokers: bootstrap.split(','), logLevel: logLevel.NOTHING }).producer()
  await producer.connect()
  let produced = 0
  const samples = []
  const t0 = Date.now()
  let running = true
  const pump = (async () => {
    // 1,000 messages every 50 ms = 20,000 msg/s, catching up when a send took longer
    while (running) {
      const due = Math.floor((Date.now() - t0) / 50) * 1000
      while (produced < due && running) {
        await producer.send({ topic, acks: 1, messages: Array.from({ length: 1000 }, (_, i) => ({ value: `${KB}${produced + i}` })) })
        produced += 1000
      }
      await sleep(10)
    }
  })()
  for (let s = 5; s <= 30; s += 5) {
    await sleep(t0 + s * 1000 - Date.now())
    samples.push({ s, produced, received: await receivedOf(page) })
  }
  running = false
  await pump
  const drainStart = Date.now()
  while ((await receivedOf(page)) < produced && Date.now() - drainStart < 30_000) await sleep(100)
  const drain = Date.now() - drainStart
  await producer.disconnect()
  const longTasks = await page.evaluate(() => globalThis.__longTasks)
  report('tail_ui_produced_rate', produced / 30, 'msg/s')
  for (const x of samples) report(`tail_ui_backlog_at_${x.s}s`, x.produced - x.received, 'messages')
  report('tail_ui_drain_after_stop', drain, 'ms')
  report('tail_ui_long_tasks_over_50ms', longTasks.filter((d) => d > 50).length, 'tasks')
  report('tail_ui_longest_task', Math.max(0, ...longTasks), 'ms')
}

async function heapAfterMillion(page) {
  await startTail(page, BULK_TOPIC, 'beginning')
  const t0 = Date.now()
  while ((await receivedOf(page)) < BULK_COUNT && Date.now() - t0 < 300_000) await sleep(500)
  const received = await receivedOf(page)
  report('tail_ui_1M_rate', received / ((Date.now() - t0) / 1000), 'msg/s')
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('HeapProfiler.collectGarbage')
  const { usedSize } = await cdp.send('Runtime.getHeapUsage')
  report('renderer_heap_after_1M_tailed', usedSize / 1024 / 1024, 'MB')
  await page.getByRole('button', { name: 'Stop' }).click()
}

async function openBigMessage(page, host) {
  const topic = 'bench-big'
  const r = await host.call('producer:send', { topic, value: 'a'.repeat(999_000) + '{"end":true}', count: 1 })
  if (!r.ok) throw new Error(r.error.message)
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Messages' }).click()
  const form = page.getByRole('form', { name: 'Read messages' })
  await form.getByRole('combobox', { name: 'Topic' }).fill(topic)
  await form.getByRole('button', { name: 'Read' }).click()
  const row = page.getByRole('listbox', { name: 'Messages' }).getByRole('option').first()
  await row.waitFor()
  const t0 = Date.now()
  await row.click()
  await page.getByLabel('Value', { exact: true }).getByText(/^aaaa/).waitFor()
  report('open_1MB_message', Date.now() - t0, 'ms')
}

export async function messagesUiBench({ root, bootstrap }) {
  const host = await startWebHost(root)
  const c = await host.call('connection:connect', { profileId: 'lab' })
  if (!c.ok) throw new Error(c.error.message)
  createTopic(bootstrap, 'bench-big', 1)
  const app = await openApp(host.url)
  try {
    await liveTail(app.page, bootstrap)
    await heapAfterMillion(app.page)
    await openBigMessage(app.page, host)
  } finally {
    await app.close()
    host.close()
  }
}
