#!/usr/bin/env node
// Runs a TypeScript entry point of this repo in plain Node: bundles it with esbuild (installed
// with vite) into node_modules/.cache, then runs the bundle with the remaining arguments.
//   node tests/bench/run-ts.mjs <entry.ts> [args...]
// Handles what the app's Vite build handles for the main process: `?raw` imports,
// `import.meta.glob(..., { eager: true })` of JSON files, and `__dirname` (each source file
// keeps its own folder, as under vitest). Packages stay external (native addons included).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const [entryArg, ...args] = process.argv.slice(2);
if (!entryArg) {
  console.error('usage: node tests/bench/run-ts.mjs <entry.ts> [args...]');
  process.exit(2);
}
const entry = resolve(process.cwd(), entryArg);
if (!existsSync(entry)) {
  console.error(`no such file: ${entryArg}`);
  process.exit(2);
}
const outDir = join(root, 'node_modules/.cache/coachbook-ts');
mkdirSync(outDir, { recursive: true });
const outfile = join(outDir, `${relative(root, entry).replace(/[^A-Za-z0-9]+/g, '-')}.cjs`);

/** `import.meta.glob('dir/*.json', { eager: true })` → an object of imported modules. */
function expandGlobs(source, file) {
  const imports = [];
  let n = 0;
  const code = source.replace(
    /import\.meta\.glob(?:<[^>]*>)?\(\s*(['"])([^'"]+)\1\s*,\s*\{\s*eager:\s*true\s*,?\s*\}\s*\)/g,
    (_whole, _q, pattern) => {
      const dir = resolve(dirname(file), dirname(pattern));
      const re = new RegExp(
        `^${basename(pattern)
          .replace(/[.+^${}()|[\]\\]/g, '\\$&')
          .replace(/\*/g, '.*')}$`,
      );
      const entries = readdirSync(dir)
        .filter((f) => re.test(f))
        .sort()
        .map((f) => {
          const name = `__glob_${n++}`;
          const spec = `${dirname(pattern)}/${f}`;
          imports.push(`import * as ${name} from ${JSON.stringify(spec)};`);
          return `${JSON.stringify(spec)}: ${name}`;
        });
      return `{ ${entries.join(', ')} }`;
    },
  );
  return imports.length > 0 ? `${imports.join('\n')}\n${code}` : code;
}

const repoPlugin = {
  name: 'coachbook-vite-compat',
  setup(b) {
    b.onResolve({ filter: /\?raw$/ }, (a) => ({
      path: resolve(a.resolveDir, a.path.slice(0, -'?raw'.length)),
      namespace: 'raw',
    }));
    b.onLoad({ filter: /.*/, namespace: 'raw' }, (a) => ({
      contents: readFileSync(a.path, 'utf8'),
      loader: 'text',
    }));
    b.onLoad({ filter: /\.(ts|tsx|mts)$/ }, (a) => {
      if (a.path.includes('node_modules')) return undefined;
      let source = readFileSync(a.path, 'utf8');
      if (source.includes('import.meta.glob')) source = expandGlobs(source, a.path);
      if (source.includes('__dirname')) {
        source = source.replace(/\b__dirname\b/g, JSON.stringify(dirname(a.path)));
      }
      return { contents: source, loader: a.path.endsWith('x') ? 'tsx' : 'ts', resolveDir: dirname(a.path) };
    });
  },
};

await build({
  entryPoints: [entry],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  packages: 'external',
  sourcemap: 'inline',
  logLevel: 'warning',
  plugins: [repoPlugin],
});

const child = spawn(process.execPath, ['--enable-source-maps', outfile, ...args], {
  stdio: 'inherit',
  cwd: process.cwd(),
});
child.on('exit', (code, signal) => {
  if (signal) process.kill(process.pid, signal);
  process.exit(code ?? 1);
});
