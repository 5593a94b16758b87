import { afterEach, describe, expect, it, vi } from 'vitest';
import { matchRoute } from '../router';
import { evidenceForm, evidenceProblem, MAX_EVIDENCE_BYTES, uploadEvidence } from './evidence';
import {
  groupReceiptCode,
  handOverReceiptCode,
  isReceiptCode,
  normaliseReceiptCode,
  receiptCodeGroups,
  takeReceiptCode,
} from './receipt-code';

const CODE = '20261203888866660001';

describe('receipt codes', () => {
  it('are shown in five groups of four and read back with spaces, dashes or full-width digits', () => {
    expect(receiptCodeGroups(CODE)).toEqual(['2026', '1203', '8888', '6666', '0001']);
    expect(groupReceiptCode(CODE)).toBe('2026 1203 8888 6666 0001');
    expect(normaliseReceiptCode(' 2026 1203-8888\u30006666 0001 ')).toBe(CODE);
    expect(normaliseReceiptCode('２０２６１２０３８８８８６６６６０００１')).toBe(CODE);
    expect(isReceiptCode(CODE)).toBe(true);
    expect(isReceiptCode(CODE.slice(1))).toBe(false);
    expect(isReceiptCode(`${CODE}1`)).toBe(false);
    expect(isReceiptCode('SGDEMQANSWER')).toBe(false);
  });

  it('pass from the receipt to the status page once, in memory', () => {
    expect(takeReceiptCode()).toBeNull();
    handOverReceiptCode(CODE);
    expect(takeReceiptCode()).toBe(CODE);
    expect(takeReceiptCode()).toBeNull();
  });

  it('never appear in an address: the report pages take no code segment', () => {
    expect(matchRoute('/portal/report')).toEqual({ page: 'report' });
    expect(matchRoute('/portal/report/status')).toEqual({ page: 'reportStatus' });
    expect(matchRoute(`/portal/report/status/${CODE}`)).toEqual({ page: 'notFound' });
    expect(matchRoute(`/portal/report/${CODE}`)).toEqual({ page: 'notFound' });
  });
});

describe('evidence', () => {
  it('accepts the kinds the server takes, up to 20 MB', () => {
    expect(evidenceProblem({ name: '照片.JPG', size: 1000 })).toBeNull();
    expect(evidenceProblem({ name: '说明.docx', size: MAX_EVIDENCE_BYTES })).toBeNull();
    expect(evidenceProblem({ name: '录像.mp4', size: 1000 })).toBe('type');
    expect(evidenceProblem({ name: 'pdf', size: 1000 })).toBe('type');
    expect(evidenceProblem({ name: '大.pdf', size: MAX_EVIDENCE_BYTES + 1 })).toBe('tooLarge');
    expect(evidenceProblem({ name: '空.pdf', size: 0 })).toBe('empty');
  });

  it('sends the receipt code first, then the file (the server reads the code before the file)', () => {
    const form = evidenceForm(CODE, new File(['%PDF-1.4'], '证据.pdf'));
    expect([...form.keys()]).toEqual(['receiptCode', 'file']);
    expect(form.get('receiptCode')).toBe(CODE);
    expect((form.get('file') as File).name).toBe('证据.pdf');
  });

  describe('upload', () => {
    afterEach(() => vi.unstubAllGlobals());

    /** A stand-in XMLHttpRequest answering `status` with `body`, recording what was sent. */
    function fakeXhr(status: number, body: unknown) {
      const sent: { url: string; headers: Record<string, string>; body: unknown }[] = [];
      class FakeXhr {
        status = 0;
        statusText = '';
        responseText = '';
        withCredentials = true;
        upload: {
          onprogress: ((e: { lengthComputable: boolean; loaded: number; total: number }) => void) | null;
        } = { onprogress: null };
        onload: (() => void) | null = null;
        onerror: (() => void) | null = null;
        onabort: (() => void) | null = null;
        private url = '';
        private headers: Record<string, string> = {};
        open(_method: string, url: string) {
          this.url = url;
        }
        setRequestHeader(name: string, value: string) {
          this.headers[name] = value;
        }
        abort() {
          this.onabort?.();
        }
        send(payload: unknown) {
          sent.push({ url: this.url, headers: this.headers, body: payload });
          this.upload.onprogress?.({ lengthComputable: true, loaded: 50, total: 100 });
          this.status = status;
          this.responseText = JSON.stringify(body);
          queueMicrotask(() => this.onload?.());
        }
      }
      vi.stubGlobal('XMLHttpRequest', FakeXhr);
      return sent;
    }

    it('posts to the evidence route as the portal, without cookies, reporting progress', async () => {
      const sent = fakeXhr(200, { stage: 'received', evidenceCount: 1 });
      const progress: number[] = [];
      const status = await uploadEvidence(CODE, new File(['x'], 'a.txt'), (f) => progress.push(f));
      expect(status.evidenceCount).toBe(1);
      expect(sent[0]!.url).toBe('/api/portal/reports/evidence');
      expect(sent[0]!.url).not.toContain(CODE);
      expect(sent[0]!.headers['X-Requested-With']).toBe('zeren');
      expect(progress).toEqual([0.5, 1]);
    });

    it("fails with the server's problem", async () => {
      fakeXhr(413, { code: 'FILE_TOO_LARGE', title: '文件过大', status: 413, type: 'about:blank' });
      await expect(uploadEvidence(CODE, new File(['x'], 'a.txt'), () => undefined)).rejects.toMatchObject({
        problem: { code: 'FILE_TOO_LARGE', title: '文件过大', status: 413 },
      });
    });
  });
});
