/**
 * Workload: the built web app (run `npm run build` first). For each page entry — the public
 * portal and the staff app — sums the gzip size of the JavaScript a browser loads before first
 * render: the entry module and every module it preloads. The portal's target is ≤ 200 kB gzip.
 * Run: npm run bundle-size -w @zeren/bench
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = join(import.meta.dirname, '../web/dist');
const TARGETS: Record<string, number | undefined> = { 'portal.html': 200 * 1024, 'index.html': undefined };

for (const [page, limit] of Object.entries(TARGETS)) {
  const html = readFileSync(join(dist, page), 'utf8');
  const files = [
    ...html.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g),
  ].map((m) => m[1]!);
  let total = 0;
  console.log(page);
  for (const file of files) {
    const bytes = readFileSync(join(dist, file));
    const gz = gzipSync(bytes, { level: 9 }).length;
    total += gz;
    console.log(
      `  ${file.padEnd(48)} ${(bytes.length / 1024).toFixed(1).padStart(8)} kB  ${(gz / 1024).toFixed(1).padStart(7)} kB gzip`,
    );
  }
  const verdict =
    limit === undefined
      ? ''
      : total <= limit
        ? ` (target ≤ ${limit / 1024} kB: met)`
        : ` (target ≤ ${limit / 1024} kB: MISSED)`;
  console.log(`  initial JavaScript: ${(total / 1024).toFixed(1)} kB gzip${verdict}`);
}
