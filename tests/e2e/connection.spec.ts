import { expect, shot, test } from './fixtures'

test('a malformed bootstrap string is caught inline, before anything connects', async ({ app }) => {
  await app.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Clusters' }).click()
  await app.getByRole('button', { name: 'New profile' }).click()
  const form = app.getByRole('form', { name: 'New profile' })
  await form.getByLabel('Name').fill('Typo')
  await form.getByLabel('Bootstrap servers').fill('localhost')
  await expect(form.getByRole('alert')).toHaveText('"localhost" has no port; write host:port, e.g. 127.0.0.1:9092.')
  await form.getByLabel('Bootstrap servers').fill('127.0.0.1:9092,')
  await expect(form.getByRole('alert')).toHaveText('Entry 2 is empty: remove the extra comma.')
  await form.getByRole('button', { name: 'Save', exact: true }).click()
  // nothing was saved
  await expect(app.getByRole('list', { name: 'Cluster profiles' }).getByRole('listitem', { name: 'Typo' })).toHaveCount(0)
  await shot(app, 'connection-invalid-bootstrap')
})

test('an unreachable cluster gives a clear error within 10 s, and the lab cluster still connects after', async ({ app }) => {
  await app.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Clusters' }).click()
  await app.getByRole('button', { name: 'New profile' }).click()
  const form = app.getByRole('form', { name: 'New profile' })
  await form.getByLabel('Name').fill('Nowhere')
  await form.getByLabel('Bootstrap servers').fill('127.0.0.1:1')
  const t0 = Date.now()
  await form.getByRole('button', { name: 'Save and connect' }).click()
  await expect(app.getByRole('alert')).toContainText('Kafka Lab could not reach any broker', { timeout: 10_000 })
  expect(Date.now() - t0).toBeLessThan(10_000)
  await expect(app.getByRole('alert')).toContainText('127.0.0.1:1')
  await expect(app.getByRole('status', { name: 'Connection status' })).toHaveText('Connection failed')
  await shot(app, 'connection-unreachable')

  await app.getByRole('button', { name: 'Connect to Lab cluster' }).click()
  await expect(app.getByRole('status', { name: 'Connection status' })).toHaveText(/Connected · 3\/3 brokers up/)
})
