// The guides exist in both languages and their relative links lead somewhere: kept by a test,
// not by memory. Code samples are checked separately (`pnpm docs:samples`).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..');
const languages = ['en', 'zh-CN'] as const;

/** Markdown files under a folder, as paths relative to it. */
function guidesOf(folder: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.md')) found.push(relative(folder, path));
    }
  };
  walk(folder);
  return found.sort();
}

/** Relative link targets of a Markdown text, outside fenced code. */
function relativeLinks(markdown: string): string[] {
  const prose = markdown.replace(/```[\s\S]*?```/g, '');
  return [...prose.matchAll(/\]\(([^)\s]+)\)/g)]
    .map((match) => (match[1] ?? '').split('#')[0] ?? '')
    .filter((target) => target !== '' && !/^[a-z]+:/i.test(target));
}

describe('documentation guides', () => {
  const english = guidesOf(join(root, 'docs', 'en'));

  it('has the guides the issue asks for', () => {
    for (const guide of [
      'README.md',
      'getting-started.md',
      'concepts.md',
      'testing.md',
      'platforms.md',
      'platforms/taobao.md',
      'platforms/pdd.md',
      'platforms/jd.md',
      'platforms/douyin.md',
      'carriers.md',
      'storage.md',
      'operating-at-scale.md',
    ]) {
      expect(english).toContain(guide);
    }
  });

  it('has every guide in both languages', () => {
    expect(guidesOf(join(root, 'docs', 'zh-CN'))).toEqual(english);
  });

  it('links every guide from both indexes', () => {
    for (const language of languages) {
      const index = readFileSync(join(root, 'docs', language, 'README.md'), 'utf8');
      const linked = new Set(relativeLinks(index));
      for (const guide of english.filter((name) => name !== 'README.md')) expect(linked).toContain(guide);
    }
  });

  it('has no relative link that leads nowhere', () => {
    const files = [
      'README.md',
      'README.zh-CN.md',
      ...languages.flatMap((language) => english.map((guide) => join('docs', language, guide))),
    ];
    const broken: string[] = [];
    for (const file of files) {
      for (const target of relativeLinks(readFileSync(join(root, file), 'utf8'))) {
        if (!existsSync(resolve(root, dirname(file), target))) broken.push(`${file} -> ${target}`);
      }
    }
    expect(broken).toEqual([]);
  });
});
