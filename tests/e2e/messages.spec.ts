import { execFileSync } from 'node:child_process'
import { BOOTSTRAP, createTopicWithCli, uniqueName } from '../support/kafka-cli'
import { expect, shot, test } from './fixtures'

test('lab: read the first 10 messages of lyrics, open one, filter, all without a consumer group', async ({ app }) => {
  const topic = uniqueName('lyrics')
  createTopicWithCli(topic, 3, 3)
  const lines = Array.from({ length: 30 }, (_, i) => JSON.stringify({ line: i, text: `Row, row, row your boat ${i}` }))
  execFileSync('kcat', ['-b', BOOTSTRAP, '-P', '-t', topic, '-K', ':'], { input: lines.map((l, i) => `song-${i % 3}:${l}`).join('\n') + '\n' })

  await app.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Messages' }).click()
  const form = app.getByRole('form', { name: 'Read messages' })
  await form.getByLabel('Topic').fill(topic)
  await form.getByRole('button', { name: 'Read' }).click()
  await expect(app.getByRole('status', { name: 'Read summary' })).toContainText('10 messages from 3 partitions')
  const list = app.getByRole('listbox', { name: 'Messages' })
  await expect(list.getByRole('option')).toHaveCount(10)

  await list.getByRole('option').first().click()
  const detail = app.getByRole('region', { name: /^Message \d+:0$/ })
  await expect(detail.getByRole('tab', { name: 'JSON' })).toHaveAttribute('aria-selected', 'true')
  await expect(detail.getByLabel('Value', { exact: true })).toContainText('"text": "Row, row, row your boat')
  await detail.getByRole('tab', { name: 'Hex' }).click()
  await expect(detail.getByLabel('Value', { exact: true })).toContainText('00000000  7b 22 6c 69 6e 65')
  await detail.getByRole('tab', { name: 'JSON' }).click()
  await shot(app, 'messages')

  await app.getByRole('searchbox').fill('song-1')
  await expect(list.getByRole('option')).not.toHaveCount(10)
  const keys = await list.getByRole('option').allTextContents()
  expect(keys.length).toBeGreaterThan(0)
  expect(keys.every((k) => k.includes('song-1'))).toBe(true)
})
