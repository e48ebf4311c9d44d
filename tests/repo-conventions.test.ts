// Conventions kept by tests rather than memory (see ../shared/STYLE.md, point 12).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const packagesDir = join(root, 'packages');
const packageNames = readdirSync(packagesDir).filter((name) =>
  existsSync(join(packagesDir, name, 'package.json')),
);

interface Manifest {
  name: string;
  type?: string;
  sideEffects?: boolean;
  engines?: { node?: string };
  exports: Record<string, string | { types?: string; import?: string }>;
}

function manifest(name: string): Manifest {
  return JSON.parse(readFileSync(join(packagesDir, name, 'package.json'), 'utf8')) as Manifest;
}

function sourceFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

/** A package "has code" once its src holds anything beyond the placeholder index. */
function hasCode(name: string): boolean {
  return sourceFiles(join(packagesDir, name, 'src')).some(
    (file) => !file.endsWith(`${join('src', 'index.ts')}`),
  );
}

const factoryPattern: Record<string, RegExp> = {
  'adapters-taobao': /export\s+(?:function|const)\s+createTaobaoAdapter\b|createTaobaoAdapter\b.*from/,
  'adapters-jd': /createJdAdapter\b/,
  'adapters-pdd': /createPddAdapter\b/,
  'adapters-douyin': /createDouyinAdapter\b/,
  carriers: /create\w+Carrier\b/,
  'storage-postgres': /createPostgresStores\b/,
};

const conformanceCall: Record<string, RegExp> = {
  'adapters-taobao': /runChannelConformance\(/,
  'adapters-jd': /runChannelConformance\(/,
  'adapters-pdd': /runChannelConformance\(/,
  'adapters-douyin': /runChannelConformance\(/,
  carriers: /runCarrierConformance\(/,
  'storage-postgres': /runStorageConformance\(/,
};

describe.each(packageNames)('package %s', (name) => {
  const dir = join(packagesDir, name);
  const pkg = manifest(name);

  it('is a strict, boring ESM package', () => {
    expect(pkg.name).toBe(`@omskit/${name}`);
    expect(pkg.type).toBe('module');
    expect(pkg.sideEffects).toBe(false);
    expect(pkg.engines?.node).toMatch(/22/);
    for (const [subpath, target] of Object.entries(pkg.exports)) {
      if (subpath === './package.json') continue;
      expect(typeof target).toBe('object');
      // types must come first so TypeScript resolves them before the JavaScript condition.
      expect(Object.keys(target as object)[0]).toBe('types');
    }
  });

  it('has a README', () => {
    expect(existsSync(join(dir, 'README.md'))).toBe(true);
  });

  it('opens its entry with a module comment', () => {
    const index = readFileSync(join(dir, 'src', 'index.ts'), 'utf8');
    expect(index.trimStart().startsWith('/**')).toBe(true);
    expect(index).toContain('@packageDocumentation');
  });

  const factory = factoryPattern[name];
  it.runIf(factory !== undefined && hasCode(name))('exports its factory', () => {
    const index = readFileSync(join(dir, 'src', 'index.ts'), 'utf8');
    expect(index).toMatch(factory as RegExp);
  });

  const conformance = conformanceCall[name];
  it.runIf(conformance !== undefined && hasCode(name))('runs the conformance suite', () => {
    const tests = sourceFiles(join(dir, 'src')).filter((file) => file.endsWith('.test.ts'));
    const callers = tests.filter((file) => (conformance as RegExp).test(readFileSync(file, 'utf8')));
    expect(callers.map((file) => relative(root, file))).not.toEqual([]);
  });
});

describe('repository', () => {
  it('has READMEs in English and Chinese', () => {
    expect(existsSync(join(root, 'README.md'))).toBe(true);
    expect(existsSync(join(root, 'README.zh-CN.md'))).toBe(true);
  });

  it('keeps .ci/run calling the README test command', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const ci = readFileSync(join(root, '.ci', 'run'), 'utf8');
    expect(readme).toContain('npx -y pnpm@12.4.2 install && npx -y pnpm@12.4.2 test');
    expect(ci).toMatch(/^pnpm test$/m);
  });

  it('has no focused tests', () => {
    const offenders = sourceFiles(packagesDir)
      .filter((file) => file.endsWith('.test.ts'))
      .filter((file) => /\b(?:it|test|describe)\.only\(/.test(readFileSync(file, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
