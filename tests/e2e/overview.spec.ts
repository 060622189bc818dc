import { createTopicWithCli, describeTopicWithCli, kcatProduce, uniqueName } from '../support/kafka-cli'
import { expect, shot, test } from './fixtures'

test.describe('cluster overview in the browser @smoke', () => {
  test('connects with the default Lab cluster profile and shows 3 brokers', async ({ app }) => {
    await expect(app.getByRole('status', { name: 'Connection status' })).toHaveText(/Connected · 3\/3 brokers up/)
    const brokers = app.getByRole('table', { name: 'Brokers' })
    await expect(brokers.getByRole('row')).toHaveCount(4)
    for (const [id, port] of [[1, 9092], [2, 9093], [3, 9094]]) {
      const row = brokers.getByRole('row').filter({ hasText: `127.0.0.1:${port}` })
      await expect(row.getByRole('cell').first()).toHaveText(String(id))
      await expect(row).toContainText('up')
    }
    await shot(app, 'brokers')
  })

  test('the partition table of a topic equals kafka-topics --describe', async ({ app }) => {
    const topic = uniqueName('overview')
    createTopicWithCli(topic, 6, 3)
    kcatProduce(topic, ['a', 'b', 'c'], 2)
    kcatProduce(topic, ['d'], 5)
    const cli = describeTopicWithCli(topic)
    expect(cli).toHaveLength(6)

    await app.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Topics' }).click()
    await app.getByRole('searchbox', { name: 'Search topics' }).fill(topic)
    await app.getByRole('option', { name: topic }).click()
    const table = app.getByRole('table', { name: `Partitions of ${topic}` })
    await expect(table.getByRole('row')).toHaveCount(7)

    const rows = await table.getByRole('row').evaluateAll((trs) =>
      trs.slice(1).map((tr) => Array.from(tr.querySelectorAll('td')).map((td) => td.textContent?.trim() ?? '')),
    )
    const shown = rows.map((cells) => ({
      partition: Number(cells[0]),
      leader: Number(cells[1]),
      replicas: (cells[2] ?? '').split(',').map(Number),
      isr: (cells[3] ?? '').split(',').map(Number),
    }))
    expect(shown).toEqual(cli)
    // offsets: 3 messages in partition 2, 1 in partition 5
    expect(rows[2]?.slice(5)).toEqual(['0', '3', '3'])
    expect(rows[5]?.slice(5)).toEqual(['0', '1', '1'])
    await expect(app.getByRole('region', { name: topic })).toContainText('Messages4')
    await shot(app, 'topic-detail')
  })
})
