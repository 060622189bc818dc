import { execFileSync } from 'node:child_process'
import { partitionForKey } from '../../src/shared/kafka/partitioner'
import { BOOTSTRAP, createTopicWithCli, uniqueName } from '../support/kafka-cli'
import { expect, shot, test } from './fixtures'

test('lab: produce 3 messages in one action (Ctrl+Enter), see partition and offset of each, JSON errors inline', async ({ app }) => {
  const topic = uniqueName('mailbox')
  createTopicWithCli(topic, 3, 3)
  await app.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Produce' }).click()
  const form = app.getByRole('form', { name: 'Produce messages' })
  await form.getByRole('combobox', { name: 'Topic' }).fill(topic)
  await form.getByRole('textbox', { name: 'Key' }).fill('student-{{i}}')
  await expect(form.getByText(`Key “student-1” goes to partition ${partitionForKey('student-1', 3)} of 3`)).toBeVisible()
  await form.getByRole('combobox', { name: 'Value is' }).selectOption('json')
  await form.getByRole('textbox', { name: 'Value' }).fill('{"hello": {{i}},}')
  await expect(form.getByRole('alert')).toContainText('Invalid JSON at line 1')
  await expect(form.getByRole('button', { name: 'Send' })).toBeDisabled()
  await form.getByRole('textbox', { name: 'Value' }).fill('{"hello": {{i}}}')
  await form.getByRole('spinbutton', { name: 'Count' }).fill('3')
  await form.getByRole('textbox', { name: 'Value' }).press('Control+Enter')
  const status = app.getByRole('status').filter({ hasText: 'Sent 3' })
  await expect(status).toBeVisible()
  for (const i of [1, 2, 3]) await expect(status).toContainText(`partition ${partitionForKey(`student-${i}`, 3)} offset`)
  await shot(app, 'produce')

  const read = execFileSync('kcat', ['-b', BOOTSTRAP, '-C', '-t', topic, '-o', 'beginning', '-e', '-q', '-f', '%k=%s\n'], { encoding: 'utf8' }).trim().split('\n').sort()
  expect(read).toEqual(['student-1={"hello": 1}', 'student-2={"hello": 2}', 'student-3={"hello": 3}'])

  await app.getByRole('button', { name: `Send again to ${topic}` }).click()
  await expect.poll(() => execFileSync('kcat', ['-b', BOOTSTRAP, '-C', '-t', topic, '-o', 'beginning', '-e', '-q'], { encoding: 'utf8' }).trim().split('\n').length).toBe(6)
})
