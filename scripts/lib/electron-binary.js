'use strict'
// Where the Electron binary is, without triggering electron's lazy download (require('electron') would try to
// fetch it, which fails on machines without internet access).
const { existsSync, readFileSync } = require('node:fs')
const { join } = require('node:path')

function electronBinary(root = join(__dirname, '..', '..')) {
  const pkg = join(root, 'node_modules', 'electron')
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) {
    const p = join(process.env.ELECTRON_OVERRIDE_DIST_PATH, 'electron')
    return existsSync(p) ? p : null
  }
  const pathFile = join(pkg, 'path.txt')
  if (!existsSync(pathFile)) return null
  const bin = join(pkg, 'dist', readFileSync(pathFile, 'utf8').trim())
  return existsSync(bin) ? bin : null
}

module.exports = { electronBinary }
