// Checks every built package the way a consumer sees it: publint for package.json and files,
// are-the-types-wrong for the types each export resolves to. Run after `pnpm build`.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const packagesDir = join(root, 'packages');
let failed = 0;

for (const name of readdirSync(packagesDir).sort()) {
  const dir = join(packagesDir, name);
  const manifestPath = join(dir, 'package.json');
  if (!existsSync(manifestPath)) continue;
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  if (!existsSync(join(dir, 'dist'))) {
    console.error(`${manifest.name}: no dist/ (run pnpm build first)`);
    failed += 1;
    continue;
  }
  for (const [tool, args] of [
    ['publint', ['--strict', '--pack', 'npm']],
    // ESM-only by design: the esm-only profile ignores CommonJS `require` resolution.
    ['attw', ['--pack', '.', '--profile', 'esm-only', '--format', 'table-flipped']],
  ]) {
    try {
      const output = execFileSync(join(root, 'node_modules', '.bin', tool), args, {
        cwd: dir,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      console.log(`${manifest.name}: ${tool} ok${output.trim() ? `\n${output.trim()}` : ''}`);
    } catch (error) {
      failed += 1;
      console.error(`${manifest.name}: ${tool} FAILED\n${error.stdout ?? ''}${error.stderr ?? ''}`);
    }
  }
}

if (failed > 0) {
  console.error(`${failed} package check(s) failed`);
  process.exit(1);
}
console.log('all package checks passed');
