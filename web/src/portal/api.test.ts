import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { api } from './api';

let sent: { url: string; init: RequestInit }[] = [];
beforeEach(() => {
  sent = [];
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    sent.push({ url, init });
    return Response.json({ ok: true });
  });
});
afterEach(() => vi.unstubAllGlobals());

describe('portal api', () => {
  it('marks a submission as coming from the portal itself (X-Requested-With), never a read; sends no cookies', async () => {
    await api('/suggestions', { method: 'POST', body: { title: '建议' } });
    await api('/duty-items', { query: { q: '许可' } });
    const headers = sent.map((s) => s.init.headers as Record<string, string>);
    expect(headers[0]!['X-Requested-With']).toBe('zeren');
    expect(headers[0]!['Content-Type']).toBe('application/json');
    expect(headers[1]!['X-Requested-With']).toBeUndefined();
    expect(sent.every((s) => s.init.credentials === 'omit')).toBe(true);
  });

  it('sends a receipt code in the body, never in the address', async () => {
    await api('/reports/status', { method: 'POST', body: { receiptCode: '20261203888866660001' } });
    expect(sent[0]!.url).toBe('/api/portal/reports/status');
    expect(JSON.parse(sent[0]!.init.body as string)).toEqual({ receiptCode: '20261203888866660001' });
  });

  it('sends an invited evaluator’s token and a citizen’s number and code in the body, never in the address', async () => {
    await api('/evaluation-tokens/lookup', { method: 'POST', body: { token: 'Tk7pQ2xLm9Rv4Wz8' } });
    await api('/evaluation-rounds/r1/ballots', {
      method: 'POST',
      body: { phone: '13800138000', code: '123456', group: 'urban_resident', targetId: 't1', answers: {} },
    });
    expect(sent.map((s) => s.url)).toEqual([
      '/api/portal/evaluation-tokens/lookup',
      '/api/portal/evaluation-rounds/r1/ballots',
    ]);
    expect(JSON.parse(sent[0]!.init.body as string)).toEqual({ token: 'Tk7pQ2xLm9Rv4Wz8' });
  });
});
