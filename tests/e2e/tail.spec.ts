import { execFileSync } from 'node:child_process'
import { BOOTSTRAP, createTopicWithCli, uniqueName } from '../support/kafka-cli'
import { expect, shot, test } from './fixtures'

test('lab: keep reading events while another terminal sends them, then as a consumer group', async ({ app }) => {
  test.setTimeout(120_000)
  const topic = uniqueName('events')
  createTopicWithCli(topic, 3, 3)
  execFileSync('kcat', ['-b', BOOTSTRAP, '-P', '-t', topic], { input: 'before-1\nbefore-2\n' })
  await app.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Tail' }).click()
  const form = app.getByRole('form', { name: 'Tail a topic' })
  await form.getByRole('combobox', { name: 'Topic' }).fill(topic)
  await form.getByRole('button', { name: 'Start' }).click()
  const status = app.getByRole('status', { name: 'Tail status' })
  await expect(status).toContainText('Live')
  await expect(app.getByRole('list', { name: 'Tail notices' })).toContainText('without a consumer group')
  execFileSync('kcat', ['-b', BOOTSTRAP, '-P', '-t', topic], { input: 'live-1\nlive-2\nlive-3\n' })
  const list = app.getByRole('listbox', { name: 'Tailed messages' })
  await expect(list.getByRole('option')).toHaveCount(3) // only what was sent after the start
  await expect(status).toContainText('received 3')
  await shot(app, 'tail')

  // --from-beginning --group: everything, and the group is joined
  await form.getByRole('combobox', { name: 'From' }).selectOption('beginning')
  await form.getByRole('textbox', { name: 'Consumer group (optional)' }).fill('lab-students')
  await form.getByRole('button', { name: 'Restart' }).click()
  await expect(list.getByRole('option')).toHaveCount(5, { timeout: 30_000 })
  await expect(app.getByRole('list', { name: 'Tail notices' })).toContainText('Joined group "lab-students"')
  await form.getByRole('button', { name: 'Stop' }).click()
  await expect(status).toContainText('Stopped')
})
