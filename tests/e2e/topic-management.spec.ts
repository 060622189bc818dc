import { describeTopicWithCli, topicNamesWithCli, topicOverridesWithCli, topicShapeWithCli, uniqueName } from '../support/kafka-cli'
import { expect, shot, test } from './fixtures'

test('lab steps: create mytopic and mailbox, see where it lives, raise replication, then clean up', async ({ app }) => {
  test.setTimeout(120_000)
  const mytopic = uniqueName('mytopic')
  const mailbox = uniqueName('mailbox')
  await app.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Topics' }).click()

  // "Using Kafka Lab, create a topic mytopic" — with 3 partitions and a retention override
  await app.getByRole('button', { name: 'Create topic' }).click()
  const form = app.getByRole('form', { name: 'Create topic' })
  await form.getByLabel('Topic name').fill('my topic')
  await expect(form.getByRole('alert').first()).toHaveText('" " is not allowed in a topic name: use only letters, digits, ".", "_" and "-".')
  await form.getByLabel('Topic name').fill(mytopic)
  await form.getByLabel('Partitions').fill('3')
  await form.getByRole('button', { name: 'Add config' }).click()
  await form.getByRole('combobox', { name: 'Config 1' }).selectOption('retention.ms')
  await form.getByRole('textbox', { name: 'Value of retention.ms' }).fill('86400000')
  await expect(form.getByLabel('Same with the Kafka CLI', { exact: true })).toContainText(`--create --topic ${mytopic} --partitions 3 --replication-factor 1 --config retention.ms=86400000`)
  await shot(app, 'topic-create')
  await form.getByRole('button', { name: 'Create topic' }).click()
  await expect(app.getByRole('region', { name: mytopic })).toBeVisible()
  expect(topicShapeWithCli(mytopic)).toEqual({ partitions: 3, replicationFactor: 1 })
  expect(topicOverridesWithCli(mytopic)).toEqual({ 'retention.ms': '86400000' })

  // "Create a mailbox topic with the default config": the name and Enter
  await app.getByRole('button', { name: 'Create topic' }).click()
  await app.getByRole('form', { name: 'Create topic' }).getByLabel('Topic name').fill(mailbox)
  await app.getByRole('form', { name: 'Create topic' }).getByLabel('Topic name').press('Enter')
  const detail = app.getByRole('region', { name: mailbox })
  await expect(detail).toBeVisible()
  expect(topicShapeWithCli(mailbox)).toEqual({ partitions: 1, replicationFactor: 1 })

  // "Check on which broker the topic is located"
  await detail.getByRole('tab', { name: 'Where it lives' }).click()
  const leader = describeTopicWithCli(mailbox)[0]?.leader
  const grid = detail.getByRole('table', { name: `Placement of ${mailbox}` })
  await expect(grid.getByRole('row', { name: new RegExp(`Broker ${leader}`) })).toContainText('leads 1, holds 1 of 1')
  await shot(app, 'topic-placement')

  // "Increase replication in case one of your brokers goes down"
  await detail.getByRole('tab', { name: 'Replication factor' }).click()
  await detail.getByLabel('New replication factor').fill('3')
  await detail.getByRole('button', { name: 'Preview' }).click()
  await expect(detail.getByRole('table', { name: 'Replica plan' }).getByRole('row')).toHaveCount(2)
  await expect(detail.getByLabel('Same with the Kafka CLI', { exact: true })).toContainText('kafka-reassign-partitions --bootstrap-server 127.0.0.1:9092,127.0.0.1:9093,127.0.0.1:9094 --reassignment-json-file reassign.json --execute')
  await detail.getByRole('button', { name: 'Apply: replication factor 3' }).click()
  await expect(detail.getByRole('status').filter({ hasText: 'Done: every partition has its new replicas' })).toBeVisible({ timeout: 60_000 })
  await expect.poll(() => describeTopicWithCli(mailbox)[0]?.isr.length, { timeout: 30_000 }).toBe(3)
  await shot(app, 'topic-replication')

  // Configs: change one override, the other is kept
  await app.getByRole('searchbox', { name: 'Search topics' }).fill(mytopic)
  await app.getByRole('option', { name: mytopic }).click()
  const my = app.getByRole('region', { name: mytopic })
  await my.getByRole('tab', { name: 'Configs' }).click()
  await my.getByLabel('Config to change').selectOption('max.message.bytes')
  await my.getByLabel('New value').fill('2000000')
  await my.getByRole('button', { name: 'Save override' }).click()
  await expect(my.getByRole('status')).toContainText('max.message.bytes set to 2000000. Other overrides were kept.')
  expect(topicOverridesWithCli(mytopic)).toEqual({ 'retention.ms': '86400000', 'max.message.bytes': '2000000' })
  await shot(app, 'topic-configs')

  // Delete, confirmed by typing the name
  await my.getByRole('tab', { name: 'Partitions & deletion' }).click()
  const del = my.getByRole('button', { name: `Delete ${mytopic}` })
  await expect(del).toBeDisabled()
  await my.getByLabel('Type the topic name to confirm').fill(mytopic)
  await shot(app, 'topic-maintenance')
  await del.click()
  await expect(app.getByRole('option', { name: mytopic })).toHaveCount(0)
  await expect.poll(() => topicNamesWithCli().includes(mytopic)).toBe(false)
})
