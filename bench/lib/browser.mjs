// Debian's Chromium driven by playwright-core (never a downloaded browser), for benches that time the real UI.
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)
const { chromium } = require('playwright-core')

export async function openApp(url) {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  })
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
  await page.goto(url)
  await page.locator('#root[data-app-state="ready"]').waitFor()
  await page.getByRole('status', { name: 'Connection status' }).filter({ hasText: 'Connected' }).waitFor()
  return { page, close: () => browser.close() }
}
