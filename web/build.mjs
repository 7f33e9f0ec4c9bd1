// Builds the dashboard into web/dist: esbuild bundles src/main.js into app.js,
// and index.html and app.css are copied beside it. The server serves only the
// files directly inside dist/, so everything stays flat.
import { build } from 'esbuild';
import { copyFile, mkdir, readdir, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, 'dist');

await rm(dist, { recursive: true, force: true });
await mkdir(dist, { recursive: true });

await build({
  entryPoints: [join(here, 'src', 'main.js')],
  outfile: join(dist, 'app.js'),
  bundle: true,
  minify: true,
  format: 'iife',
  target: 'es2020',
  sourcemap: true,
  legalComments: 'eof',
  logLevel: 'warning',
});

await copyFile(join(here, 'index.html'), join(dist, 'index.html'));
await copyFile(join(here, 'src', 'app.css'), join(dist, 'app.css'));

const files = (await readdir(dist)).sort();
for (const f of files) {
  if (!/^[A-Za-z0-9._-]+$/.test(f)) throw new Error(`dist/${f}: the server cannot serve this name`);
}
console.log(`web/dist: ${files.join(' ')}`);
