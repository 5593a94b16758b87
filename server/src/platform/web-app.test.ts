import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase, testConfig } from '../../test/harness';
import { buildApp } from '../app';

/** A built web app in a temporary folder: pages, one hashed asset (with its compressed copies), robots.txt. */
const dist = mkdtempSync(join(tmpdir(), 'zeren-web-'));
const ASSET = `console.log(${JSON.stringify('责任'.repeat(500))});`;
let app: FastifyInstance;
let close: () => Promise<void>;

beforeAll(async () => {
  mkdirSync(join(dist, 'assets'));
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>staff</title>');
  writeFileSync(join(dist, 'portal.html'), '<!doctype html><title>portal</title>');
  writeFileSync(join(dist, 'robots.txt'), 'User-agent: *\nDisallow: /\n');
  writeFileSync(join(dist, 'assets/main-AbCd1234.js'), ASSET);
  writeFileSync(join(dist, 'assets/main-AbCd1234.js.br'), brotliCompressSync(ASSET));
  writeFileSync(join(dist, 'assets/main-AbCd1234.js.gz'), gzipSync(ASSET));
  const { database, drop } = await freshDatabase();
  app = await buildApp({
    config: testConfig({ ZEREN_WEB_DIST: dist }),
    database,
    logger: false,
    jobs: false,
  });
  await app.ready();
  close = async () => {
    await app.close();
    await drop();
  };
});
afterAll(async () => {
  await close();
  rmSync(dist, { recursive: true, force: true });
});

describe('the built web app', () => {
  it('sends hashed assets precompressed and cacheable for a year', async () => {
    const br = await app.inject({
      url: '/assets/main-AbCd1234.js',
      headers: { 'accept-encoding': 'br, gzip' },
    });
    expect(br.statusCode).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(br.rawPayload.length).toBeLessThan(ASSET.length / 5);
    const gz = await app.inject({ url: '/assets/main-AbCd1234.js', headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
    const plain = await app.inject({ url: '/assets/main-AbCd1234.js' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(ASSET);
  });

  it('serves the staff app at / to browsers that accept compressed files, and to others', async () => {
    for (const encoding of ['gzip, deflate, br, zstd', 'br', 'gzip', undefined]) {
      const res = await app.inject({ url: '/', headers: encoding ? { 'accept-encoding': encoding } : {} });
      expect(res.statusCode, encoding).toBe(200);
      // A page with no compressed copy is compressed on the way out for a browser that accepts it.
      const body =
        res.headers['content-encoding'] === 'br'
          ? brotliDecompressSync(res.rawPayload)
          : res.headers['content-encoding'] === 'gzip'
            ? gunzipSync(res.rawPayload)
            : res.rawPayload;
      expect(body.toString('utf8'), encoding).toContain('staff');
    }
  });

  it('serves the pages for client-side routes, revalidated, and a real robots.txt', async () => {
    const staff = await app.inject({ url: '/duties/items' });
    expect(staff.statusCode).toBe(200);
    expect(staff.body).toContain('staff');
    expect(staff.headers['cache-control']).toBe('no-cache');
    expect((await app.inject({ url: '/portal/items/123' })).body).toContain('portal');
    // The root, from a browser that accepts brotli, though a page this small has no compressed copy.
    for (const url of ['/', '/portal'])
      for (const encoding of ['br, gzip', 'identity']) {
        const page = await app.inject({ url, headers: { 'accept-encoding': encoding } });
        expect(page.statusCode, `${url} ${encoding}`).toBe(200);
        expect(page.headers['content-type']).toContain('text/html');
      }
    const robots = await app.inject({ url: '/robots.txt' });
    expect(robots.statusCode).toBe(200);
    expect(robots.body).toContain('User-agent');
  });

  it('sends the security headers on pages, assets, API answers and errors alike', async () => {
    const answers = await Promise.all(
      ['/', '/portal/items/1', '/assets/main-AbCd1234.js', '/api/health', '/api/no-such-thing', '/x.png'].map(
        async (url) => ({ url, res: await app.inject({ url }) }),
      ),
    );
    answers.push({
      url: 'TRACE /api/health',
      res: await app.inject({ method: 'TRACE', url: '/api/health' }),
    });
    for (const { url, res } of answers) {
      const csp = String(res.headers['content-security-policy']);
      // Only this server's scripts; no page of Zeren's inside another site's frame.
      expect(csp, url).toContain("default-src 'self'");
      expect(csp, url).toContain("script-src 'self'");
      expect(csp, url).toContain("frame-ancestors 'none'");
      expect(csp, url).not.toContain('upgrade-insecure-requests');
      expect(res.headers['x-content-type-options'], url).toBe('nosniff');
      expect(res.headers['x-frame-options'], url).toBe('SAMEORIGIN');
      expect(res.headers['referrer-policy'], url).toBe('no-referrer');
      expect(res.headers['strict-transport-security'], url).toContain('max-age=');
      expect(res.headers['x-powered-by'], url).toBeUndefined();
    }
  });

  it('answers 404 for a missing file instead of the app page', async () => {
    for (const url of ['/x.png', '/favicon.ico', '/assets/missing-AbCd9999.js', '/portal/logo.svg']) {
      const res = await app.inject({ url });
      expect(res.statusCode, url).toBe(404);
      expect(res.headers['content-type']).toContain('application/problem+json');
    }
  });

  it('answers 405 with Allow for a method a route does not take, TRACE included', async () => {
    for (const method of ['TRACE', 'DELETE', 'PUT'] as const) {
      const res = await app.inject({ method, url: '/api/health' });
      expect(res.statusCode, method).toBe(405);
      expect(res.headers.allow).toBe('GET, HEAD');
      expect(res.json().code).toBe('METHOD_NOT_ALLOWED');
    }
    expect((await app.inject({ method: 'TRACE', url: '/duties/items' })).statusCode).toBe(405);
    expect((await app.inject({ method: 'GET', url: '/api/no-such-thing' })).statusCode).toBe(404);
    // The web app's catch-all takes GET everywhere but under /api/: no 405 for an unknown API path.
    expect((await app.inject({ method: 'POST', url: '/api/no-such-thing' })).statusCode).toBe(404);
  });
});
