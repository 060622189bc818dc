// Electron entry: a thin shell that wires the shared services to Electron IPC and opens one secure window.
import { join } from 'node:path'
import { app, BrowserWindow, ipcMain, protocol, session, shell } from 'electron'
import { createServices } from './services'
import { APP_ORIGIN, APP_SCHEME_PRIVILEGES, registerAppProtocol } from './shell/app-protocol'
import { hardenApp } from './shell/harden'
import { mainWindowOptions } from './shell/main-window'
import { registerIpc } from './transports/electron-ipc'

// electron-vite sets this only for `npm run dev` (hot-reloading dev server); production loads app://.
const devUrl = process.env.ELECTRON_RENDERER_URL
const rendererUrl = devUrl ?? `${APP_ORIGIN}/index.html`
const isTrustedUrl = (url: string) => url.startsWith(`${APP_ORIGIN}/`) || (!!devUrl && url.startsWith(devUrl))

protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES])

// Tests (and portable installs) may keep profiles elsewhere than the OS default.
if (process.env.KAFKA_LAB_USER_DATA) app.setPath('userData', process.env.KAFKA_LAB_USER_DATA)

const services = createServices({ configDir: app.getPath('userData') })

function createWindow(): BrowserWindow {
  const win = new BrowserWindow(mainWindowOptions(join(__dirname, '../preload/index.js')))
  win.once('ready-to-show', () => win.show())
  void win.loadURL(rendererUrl)
  return win
}

void app.whenReady().then(() => {
  hardenApp(app, session.defaultSession, shell, isTrustedUrl)
  registerAppProtocol(protocol, join(__dirname, '../renderer'))
  registerIpc(ipcMain, services, isTrustedUrl)
  createWindow()
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow()
  })
})

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit()
})

let quitting = false
app.on('before-quit', (event) => {
  if (quitting) return
  // Disconnect every Kafka client before the process goes (leaves groups cleanly, closes sockets).
  quitting = true
  event.preventDefault()
  void services.shutdown().finally(() => app.quit())
})
