#!/usr/bin/env node
// Builds better-sqlite3-multiple-ciphers for Electron's ABI into out/native/<electron version>/,
// leaving node_modules built for Node so `npm test` keeps working. `npm start` runs this;
// packaging (electron-builder) rebuilds node_modules for Electron on its own.
const { cpSync, existsSync, mkdirSync, rmSync, copyFileSync } = require('node:fs');
const { join } = require('node:path');
const { execFileSync } = require('node:child_process');

const root = join(__dirname, '../..');
const electronVersion = require(join(root, 'node_modules/electron/package.json')).version;
const target = join(root, 'out/native', electronVersion);
const binding = join(target, 'better_sqlite3.node');
if (existsSync(binding)) process.exit(0);

const work = join(root, 'out/native/.build');
rmSync(work, { recursive: true, force: true });
cpSync(join(root, 'node_modules/better-sqlite3-multiple-ciphers'), work, {
  recursive: true,
  filter: (src) => !src.includes(`${join('better-sqlite3-multiple-ciphers', 'build')}`),
});
console.log(`Building the encrypted SQLite module for Electron ${electronVersion} (a few minutes, once)…`);
execFileSync(
  process.execPath,
  [
    require.resolve('node-gyp/bin/node-gyp.js'),
    'rebuild',
    '--release',
    `--target=${electronVersion}`,
    '--dist-url=https://electronjs.org/headers',
    `--arch=${process.arch}`,
  ],
  { cwd: work, stdio: 'inherit' },
);
mkdirSync(target, { recursive: true });
copyFileSync(join(work, 'build/Release/better_sqlite3.node'), binding);
rmSync(work, { recursive: true, force: true });
