// Cluster overview and topic detail latency through the web host (WebSocket → dispatcher → kafkajs admin),
// against kcat's metadata request (-L) on the same cluster in the same run. Warm connection, p50 of 30 runs.
import { kcat, percentile, report, timeIt } from './lib/stats.mjs'
import { startWebHost } from './lib/web-host-client.mjs'

export async function overviewBench({ root, bootstrap, topic }) {
  const host = await startWebHost(root)
  try {
    const connected = await host.call('connection:connect', { profileId: 'lab' })
    if (!connected.ok) throw new Error(connected.error.message)
    const ok = async (p) => { const r = await p; if (!r.ok) throw new Error(r.error.message) }
    await ok(host.call('topics:describe', { topic })) // warm-up

    const kcatMeta = percentile(await timeIt(30, () => kcat(['-b', bootstrap, '-L', '-t', topic])), 50)
    const overview = percentile(await timeIt(30, () => ok(host.call('cluster:overview'))), 50)
    const list = percentile(await timeIt(30, () => ok(host.call('topics:list'))), 50)
    const describe = percentile(await timeIt(30, () => ok(host.call('topics:describe', { topic }))), 50)
    const peer = { name: 'kcat', value: kcatMeta }
    report('cluster_overview_p50', overview, 'ms', peer)
    report('topic_list_p50', list, 'ms', peer)
    report('topic_detail_with_offsets_p50', describe, 'ms', peer)
  } finally {
    host.close()
  }
}
