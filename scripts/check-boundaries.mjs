#!/usr/bin/env node
// The import rules the architecture depends on, checked on every lint (CI fails on a violation):
// 1. server/src/platform/ never imports server/src/modules/ (modules register with the platform);
// 2. a module imports another module only through its service API (`<name>.service.ts`), never
//    its tables, repositories or routes (the registry `modules/index.ts` lists the modules; tests
//    may read any table to check stored state);
// 3. contracts/src/core/ never imports a module's contract (the registry joins them);
// 4. a web feature imports another feature only through its descriptor (`<feature>/module.tsx`)
//    or its api/ folder (shared pieces live in web/src/components and web/src/lib).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

const root = resolve(dirname(new URL(import.meta.url).pathname), '..');
const IMPORT =
  /(?:^|[^\w.])(?:import|export)\s[^'"`]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (name !== 'node_modules' && name !== 'dist') yield* files(path);
    } else if (/\.(ts|tsx|mjs)$/.test(name)) yield path;
  }
}

function importsOf(file) {
  const text = readFileSync(file, 'utf8');
  const out = [];
  for (const m of text.matchAll(IMPORT)) {
    const spec = m[1] ?? m[2];
    if (spec?.startsWith('.')) out.push(resolve(dirname(file), spec));
  }
  return out;
}

const rel = (p) => relative(root, p).split(sep).join('/');
const problems = [];

// 1 and 2: the server.
const platform = join(root, 'server/src/platform') + sep;
const modules = join(root, 'server/src/modules') + sep;
const moduleOf = (p) => (p.startsWith(modules) ? p.slice(modules.length).split(sep)[0] : null);
for (const file of files(join(root, 'server/src'))) {
  for (const target of importsOf(file)) {
    if (file.startsWith(platform) && `${target}${sep}`.startsWith(modules))
      problems.push(`${rel(file)}: the platform imports a module (${rel(target)}); register it instead`);
    const from = moduleOf(file);
    const to = moduleOf(target);
    if (file === join(modules, 'index.ts') || file.endsWith('.test.ts')) continue;
    if (from && to && from !== to && !/\.service(\.ts)?$/.test(target))
      problems.push(`${rel(file)}: imports ${rel(target)}; use the ${to} module's service API`);
  }
}

// 3: the contracts.
const core = join(root, 'contracts/src/core') + sep;
for (const file of files(core))
  for (const target of importsOf(file))
    if (!target.startsWith(core)) problems.push(`${rel(file)}: core contracts import ${rel(target)}`);

// 4: the web features.
const features = join(root, 'web/src/features') + sep;
const featureOf = (p) => (p.startsWith(features) ? p.slice(features.length).split(sep)[0] : null);
for (const file of files(join(root, 'web/src'))) {
  const from = featureOf(file);
  if (!from) continue;
  for (const target of importsOf(file)) {
    const to = featureOf(target);
    if (!to || to === from) continue;
    const inside = target.slice(features.length + to.length + 1);
    if (!/^module(\.tsx?)?$/.test(inside) && !inside.startsWith(`api${sep}`))
      problems.push(`${rel(file)}: imports ${rel(target)}; use the ${to} feature's module or api/`);
  }
}

if (problems.length > 0) {
  console.error(`Import boundaries violated (${problems.length}):\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log('import boundaries: ok');
