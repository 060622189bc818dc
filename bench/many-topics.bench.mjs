// 10,000 topics: how long the app takes to list them (over the WebSocket, vs kcat -L reading the same metadata),
// to render the Topics view in Chromium, and to filter it. Run on a cluster of its own: it creates 10,000 topics.
import { createRequire } from 'node:module'
import { openApp } from './lib/browser.mjs'
import { kcat, percentile, report, timeIt } from './lib/stats.mjs'
import { startWebHost } from './lib/web-host-client.mjs'

const require = createRequire(import.meta.url)
const { Kafka, logLevel } = require('kafkajs')

export const TOPIC_COUNT = 10_000

export async function createManyTopics(bootstrap, count = TOPIC_COUNT) {
  const admin = new Kafka({ brokers: bootstrap.split(','), logLevel: logLevel.NOTHING, requestTimeout: 120_000 }).admin()
  await admin.connect()
  const existing = new Set(await admin.listTopics())
  const names = Array.from({ length: count }, (_, i) => `topic-${String(i).padStart(5, '0')}`)
  const t0 = Date.now()
  for (let i = 0; i < names.length; i += 500) {
    const batch = names.slice(i, i + 500).filter((n) => !existing.has(n))
    if (batch.length) await admin.createTopics({ waitForLeaders: false, timeout: 120_000, topics: batch.map((topic) => ({ topic, numPartitions: 1, replicationFactor: 1 })) })
  }
  // waitForLeaders is off for speed: wait until every broker's metadata has all of them.
  while ((await admin.listTopics()).filter((n) => n.startsWith('topic-')).length < count) await new Promise((r) => setTimeout(r, 500))
  await admin.disconnect()
  report('create_10000_topics', (Date.now() - t0) / 1000, 's')
}

export async function manyTopicsBench({ root, bootstrap }) {
  const host = await startWebHost(root)
  try {
    const connected = await host.call('connection:connect', { profileId: 'lab' })
    if (!connected.ok) throw new Error(connected.error.message)
    // Brokers apply the new topics' metadata at their own pace; time the list once every broker has them all.
    // kafkajs asks a random broker each time, so wait for 10 complete answers in a row.
    for (let i = 0, full = 0; full < 10; i++) {
      const r = await host.call('topics:list')
      full = r.ok && r.value.filter((t) => t.name.startsWith('topic-')).length >= TOPIC_COUNT ? full + 1 : 0
      if (i > 600) throw new Error('brokers never listed all topics')
      await new Promise((res) => setTimeout(res, 500))
    }
    const kcatAll = percentile(await timeIt(5, () => kcat(['-b', bootstrap, '-L'])), 50)
    const list = percentile(await timeIt(5, async () => {
      const r = await host.call('topics:list')
      if (!r.ok) throw new Error(`topics:list failed: ${r.error.code} ${r.error.message}`)
      if (r.value.length < TOPIC_COUNT) throw new Error(`topics:list returned ${r.value.length} topics`)
    }), 50)
    report('topic_list_10000_p50', list, 'ms', { name: 'kcat', value: kcatAll })

    const app = await openApp(host.url)
    try {
      const { page } = app
      const renderTimes = []
      for (let i = 0; i < 3; i++) {
        await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Brokers' }).click()
        const t0 = Date.now()
        await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Topics' }).click()
        await page.getByText(/ of 1\d{4} topics$/).first().waitFor() // 10,000 and the few others
        await page.getByRole('option').first().waitFor()
        renderTimes.push(Date.now() - t0)
      }
      report('topics_view_render_10000_p50', percentile(renderTimes, 50), 'ms')
      const rows = await page.getByRole('option').count()
      report('topics_view_rows_in_dom', rows, 'rows')

      const all = (await host.call('topics:list')).value.filter((t) => !t.internal)
      const filterTimes = []
      for (const q of ['topic-09999', 'topic-05', 'topic-1234', '']) {
        const expected = all.filter((t) => t.name.includes(q)).length
        const t0 = Date.now()
        await page.getByRole('searchbox', { name: 'Search topics' }).fill(q)
        await page.getByText(new RegExp(`^${expected} of `)).waitFor()
        filterTimes.push(Date.now() - t0)
      }
      report('topics_filter_10000_max', Math.max(...filterTimes), 'ms')

      const t0 = Date.now()
      await page.getByRole('searchbox', { name: 'Search topics' }).fill('topic-04242')
      await page.getByRole('option', { name: 'topic-04242' }).click()
      await page.getByRole('table', { name: 'Partitions of topic-04242' }).waitFor()
      report('open_topic_among_10000', Date.now() - t0, 'ms')
    } finally {
      await app.close()
    }
  } finally {
    host.close()
  }
}
