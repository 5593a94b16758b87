import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  ApiError,
  call,
  callItems,
  filenameFromDisposition,
  type QueryOf,
  setUnauthenticatedHandler,
} from './api';

const ID = '0b4e7c8e-58a4-4c8e-9a51-3f8f6a1d2b7c';

interface Sent {
  url: string;
  init: RequestInit;
}

let sent: Sent[] = [];
let reply: () => Response = () => Response.json({});

beforeEach(() => {
  sent = [];
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    sent.push({ url, init });
    return reply();
  });
});
afterEach(() => vi.unstubAllGlobals());

const headers = (i = 0) => sent[i]!.init.headers as Record<string, string>;

describe('call', () => {
  it('takes the method and path from the contract and sends the query', async () => {
    reply = () => Response.json({ items: [{ id: 'a' }] });
    const items = await callItems('listDutyItems', { query: { kind: 'power', q: '', unitId: undefined } });
    expect(items).toEqual([{ id: 'a' }]);
    expect(sent[0]!.url).toBe('/api/duty-items?kind=power');
    expect(sent[0]!.init.method).toBe('GET');
    expect(sent[0]!.init.body).toBeNull();
    expect(headers()['Accept-Language']).toBe('zh-CN');
    expect(sent[0]!.init.credentials).toBe('same-origin');
  });

  it('reads a download chunk by chunk when asked for its progress, and names it as the server did', async () => {
    const chunks = [new Uint8Array([80, 75, 3]), new Uint8Array([4, 5])];
    reply = () =>
      new Response(
        new ReadableStream({
          start(controller) {
            for (const chunk of chunks) controller.enqueue(chunk);
            controller.close();
          },
        }),
        {
          headers: {
            'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
            'Content-Disposition':
              'attachment; filename="persons.xlsx"; filename*=UTF-8\'\'%E4%BA%BA%E5%91%98.xlsx',
            'X-Export-Rows': '27',
          },
        },
      );
    const seen: [number, string | null][] = [];
    const file = await call('exportPersons', {
      query: { q: '导出' },
      onProgress: (received, headers) => seen.push([received, headers.get('X-Export-Rows')]),
    });
    expect(sent[0]!.url).toBe(`/api/persons/export.xlsx?q=${encodeURIComponent('导出')}`);
    expect(seen).toEqual([
      [0, '27'],
      [3, '27'],
      [5, '27'],
    ]);
    expect(file).toBeInstanceOf(File);
    expect((file as File).name).toBe('人员.xlsx');
    expect(new Uint8Array(await file.arrayBuffer())).toEqual(new Uint8Array([80, 75, 3, 4, 5]));
    reply = () => Response.json({});
  });

  it('fills path parameters and sends the body as JSON', async () => {
    await call('updateKeyTask', { params: { id: ID }, body: { dueDate: '2026-12-23' } });
    expect(sent[0]!.url).toBe(`/api/key-tasks/${ID}`);
    expect(sent[0]!.init.method).toBe('PATCH');
    expect(headers()['Content-Type']).toBe('application/json');
    expect(JSON.parse(String(sent[0]!.init.body))).toEqual({ dueDate: '2026-12-23' });
  });

  it('posts each workflow action to its own route, with its text or an empty body', async () => {
    await call('approveDutyItem', { params: { id: ID }, body: { opinion: '同意' } });
    await call('submitDutyItem', { params: { id: ID } });
    await call('unpublishSuggestion', { params: { id: ID } });
    await call('activateCampaign', { params: { id: ID } });
    expect(sent.map((s) => `${s.init.method} ${s.url} ${s.init.body}`)).toEqual([
      `POST /api/duty-items/${ID}/approve {"opinion":"同意"}`,
      `POST /api/duty-items/${ID}/submit {}`,
      `POST /api/suggestions/${ID}/unpublish {}`,
      `POST /api/campaigns/${ID}/activate {}`,
    ]);
  });

  it('sends no body to a route that declares none', async () => {
    await call('startDutyItemVersion', { params: { id: ID } });
    expect(sent[0]!.init.body).toBeNull();
    expect(headers()['Content-Type']).toBeUndefined();
  });

  it('marks every change as coming from Zeren’s own pages (X-Requested-With), never a read', async () => {
    await call('startDutyItemVersion', { params: { id: ID } });
    await call('logout');
    await call('revokeSession', { params: { id: ID } });
    await call('updateKeyTask', { params: { id: ID }, body: {} });
    await call('listUnits');
    expect(sent.map((s) => (s.init.headers as Record<string, string>)['X-Requested-With'])).toEqual([
      'zeren',
      'zeren',
      'zeren',
      'zeren',
      undefined,
    ]);
  });

  it('uploads the file as multipart field `file`', async () => {
    reply = () =>
      Response.json({ id: ID, filename: 'a.pdf', mimeType: 'application/pdf', size: 3 }, { status: 201 });
    const stored = await call('uploadFile', {
      query: { unitId: ID },
      file: new File(['abc'], 'a.pdf', { type: 'application/pdf' }),
    });
    expect(stored.filename).toBe('a.pdf');
    expect(sent[0]!.url).toBe(`/api/files?unitId=${ID}`);
    const form = sent[0]!.init.body as FormData;
    expect(form).toBeInstanceOf(FormData);
    expect((form.get('file') as File).name).toBe('a.pdf');
    expect(headers()['Content-Type']).toBeUndefined();
  });

  it('resolves a download to a File named by Content-Disposition', async () => {
    reply = () =>
      new Response('xlsx-bytes', {
        headers: { 'Content-Disposition': `attachment; filename*=UTF-8''%E6%9D%83%E5%8A%9B.xlsx` },
      });
    const file = await call('exportDutyItems', { query: { kind: 'power' } });
    expect(file).toBeInstanceOf(File);
    expect((file as File).name).toBe('权力.xlsx');
    expect(await file.text()).toBe('xlsx-bytes');
    expect(headers().Accept).toBe('*/*');
  });

  it('throws the problem as ApiError, and sends a 401 to sign in unless told not to', async () => {
    const onUnauthenticated = vi.fn();
    setUnauthenticatedHandler(onUnauthenticated);
    reply = () =>
      Response.json(
        { type: 'about:blank', title: '未登录', status: 401, code: 'UNAUTHENTICATED' },
        { status: 401 },
      );
    await expect(call('getMe', { redirectOn401: false })).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(onUnauthenticated).not.toHaveBeenCalled();
    const error = await call('listUnits').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(401);
    expect(onUnauthenticated).toHaveBeenCalledOnce();
  });

  it('keeps the whole problem body (an import report rides on it)', async () => {
    reply = () =>
      Response.json(
        { type: 'x', title: 't', status: 422, code: 'IMPORT_HAS_ERRORS', rejected: [{ row: 2, errors: [] }] },
        { status: 422 },
      );
    const error = (await call('importDutyItems', {
      query: { kind: 'power', unitId: ID },
      file: new Blob(['x']),
    }).catch((e: unknown) => e)) as ApiError;
    expect(error.code).toBe('IMPORT_HAS_ERRORS');
    expect(error.body).toMatchObject({ rejected: [{ row: 2 }] });
  });
});

describe('filenameFromDisposition', () => {
  it('prefers the RFC 5987 UTF-8 name', () => {
    expect(
      filenameFromDisposition(
        `attachment; filename="list.xlsx"; filename*=UTF-8''%E6%9D%83%E5%8A%9B%E6%B8%85%E5%8D%95.xlsx`,
      ),
    ).toBe('权力清单.xlsx');
  });

  it('reads a plain quoted name, and nothing without a header', () => {
    expect(filenameFromDisposition('attachment; filename="a b.xlsx"')).toBe('a b.xlsx');
    expect(filenameFromDisposition(null)).toBeNull();
  });
});

// Compile-time checks (tsc -b type-checks this file): an operation takes its own route's input only.
export function typeChecks() {
  // @ts-expect-error listDutyItems has no path parameters
  void call('listDutyItems', { params: { id: ID } });
  // @ts-expect-error listKeyTasks has no `kind` filter
  void call('listKeyTasks', { query: { kind: 'power' } });
  // @ts-expect-error returning a version requires its reason
  void call('returnDutyItem', { params: { id: ID } });
  // @ts-expect-error submitting takes no text
  void call('submitDutyItem', { params: { id: ID }, body: { reason: 'x' } });
  // @ts-expect-error an upload takes a file
  void call('uploadFile', { query: { unitId: ID } });
  // @ts-expect-error the transitions route is gone
  void call('transitionDutyItem', { params: { id: ID } });
  // @ts-expect-error a key task's id is required
  void call('getKeyTask');
  void call('getKeyTask', { params: { id: ID } }).then((detail) => detail.task.dueDate satisfies string);
  void call('exportDutyItems').then((file) => file satisfies Blob);
  // A list's query is its input type: paging optional, a page back.
  const filters: QueryOf<'listPersons'> = { q: '张' };
  void call('listPersons', { query: filters }).then((page) => page.nextCursor satisfies string | null);
  void call('listPersons', { query: { ...filters, limit: 200, after: 'WyJhIl0' } });
  // @ts-expect-error a page holds 200 rows at most, but its limit is a number, not a word
  void call('listPersons', { query: { limit: true } });
}
