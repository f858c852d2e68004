#!/usr/bin/env node
/**
 * Completes package-lock.json with the platform-specific optional packages (macOS, Windows, ARM…)
 * that npm could not resolve on this machine.
 *
 * Why: this workplace's npm registry serves only the Linux x64 builds of packages such as
 * @astrojs/compiler-binding-* and @pagefind/*. npm then leaves the other platforms' entries out of
 * the lock file, and `npm ci` refuses to install ("Missing: … from lock file"), here and on a
 * colleague's Mac. This script adds those entries with their name, version, os and cpu, and marks
 * them optional, exactly as npm writes them on a machine that can see the full registry (minus the
 * tarball URL and hash, which npm fetches by name and version when a machine of that platform
 * installs). Run it after `npm install` changes the lock file: `node scripts/lockfile/add-platform-optionals.mjs`.
 */
import { readFileSync, writeFileSync } from 'node:fs';

const LOCK = new URL('../../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(LOCK, 'utf8'));
const packages = lock.packages;

/** Platform of a binding package, from the conventional name suffix. */
function platformOf(name) {
  const suffix = name.slice(name.lastIndexOf('/') + 1).replace(/^compiler-binding-/, '');
  const os = { darwin: 'darwin', linux: 'linux', win32: 'win32', windows: 'win32', freebsd: 'freebsd', android: 'android', wasm32: undefined }[suffix.split('-')[0]];
  const cpu = /arm64/.test(suffix) ? 'arm64' : /x64/.test(suffix) ? 'x64' : /wasm32/.test(suffix) ? 'wasm32' : undefined;
  const libc = /-musl$/.test(suffix) ? 'musl' : /-gnu$/.test(suffix) ? 'glibc' : undefined;
  return { os, cpu, libc };
}

/** Parents whose package.json lists platform packages as optional dependencies. */
const added = [];
for (const [path, entry] of Object.entries(packages)) {
  if (!path.startsWith('node_modules/')) continue;
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(new URL(`../../${path}/package.json`, import.meta.url), 'utf8'));
  } catch {
    continue; // not installed on this machine (itself a platform package), nothing to learn
  }
  for (const [name, range] of Object.entries(manifest.optionalDependencies ?? {})) {
    const key = `node_modules/${name}`;
    if (packages[key]) continue;
    const version = String(range).replace(/^[\^~=]/, '');
    const { os, cpu, libc } = platformOf(name);
    if (!/^\d+\.\d+\.\d+/.test(version) || (os === undefined && cpu !== 'wasm32')) continue;
    packages[key] = {
      version,
      ...(cpu ? { cpu: [cpu] } : {}),
      ...(entry.dev ? { dev: true } : {}),
      ...(libc ? { libc: [libc] } : {}),
      optional: true,
      ...(os ? { os: [os] } : {}),
    };
    if (!entry.optionalDependencies) entry.optionalDependencies = {};
    entry.optionalDependencies[name] = range;
    added.push(`${name}@${version}`);
  }
}
lock.packages = Object.fromEntries(Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a < b ? -1 : a > b ? 1 : 0)));
writeFileSync(LOCK, JSON.stringify(lock, null, 2) + '\n');
console.log(added.length ? `Added ${added.length} platform packages to package-lock.json:\n  ${added.join('\n  ')}` : 'package-lock.json already lists every platform package.');
