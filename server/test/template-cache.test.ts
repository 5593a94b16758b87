import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { temporaryDirectory } from './harness';
import { templateCache } from './templates';

/** A repository as far as the cache looks at it, in a temporary directory. */
const repo = temporaryDirectory('zeren-template-cache-');
afterAll(() => repo.remove());
const write = (path: string, text: string) => {
  mkdirSync(join(repo.path, path, '..'), { recursive: true });
  writeFileSync(join(repo.path, path), text);
};
write('server/src/app.ts', 'export {}');
write('server/src/app.test.ts', 'test');
write('server/drizzle/0001.sql', 'create table x ()');
write('contracts/src/index.ts', 'export {}');
write('server/test/templates.ts', 'steps');
write('package-lock.json', '{}');
const dumps = temporaryDirectory('zeren-template-dumps-');
afterAll(() => dumps.remove());
writeFileSync(join(dumps.path, 'migrated.tar'), 'migrated');
writeFileSync(join(dumps.path, 'demo.tar'), 'demo');
const built = { migrated: join(dumps.path, 'migrated.tar'), demo: join(dumps.path, 'demo.tar') };
const entries = () => readdirSync(join(repo.path, 'node_modules/.cache/zeren-test-templates'));

describe('the PGlite templates kept between runs', () => {
  it('are found again on unchanged sources, whatever a test file says', () => {
    expect(templateCache(repo.path).files).toBeUndefined();
    templateCache(repo.path).keep(built);
    write('server/src/app.test.ts', 'another test');
    const found = templateCache(repo.path).files;
    expect(found && readFileSync(found.demo, 'utf8')).toBe('demo');
    expect(found && readFileSync(found.migrated, 'utf8')).toBe('migrated');
  });

  it('are built anew after a change to a source, a migration or the lockfile, and only the latest kept', () => {
    for (const [path, text] of [
      ['server/src/app.ts', 'export const changed = 1'],
      ['server/drizzle/0002.sql', 'alter table x add y int'],
      ['contracts/src/index.ts', 'export const changed = 1'],
      ['package-lock.json', '{"v":2}'],
    ]) {
      write(path!, text!);
      const cache = templateCache(repo.path);
      expect(cache.files, path).toBeUndefined();
      cache.keep(built);
      expect(templateCache(repo.path).files, path).toBeDefined();
      expect(entries()).toHaveLength(1);
    }
  });
});
