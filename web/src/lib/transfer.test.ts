import { describe, expect, it } from 'vitest';
import { filenameFromDisposition } from './transfer';

describe('filenameFromDisposition', () => {
  it('prefers the RFC 5987 UTF-8 name', () => {
    expect(
      filenameFromDisposition(
        `attachment; filename="list.xlsx"; filename*=UTF-8''%E6%9D%83%E5%8A%9B%E6%B8%85%E5%8D%95.xlsx`,
        'x',
      ),
    ).toBe('权力清单.xlsx');
  });

  it('reads a plain quoted name and falls back without a header', () => {
    expect(filenameFromDisposition('attachment; filename="a b.xlsx"', 'x')).toBe('a b.xlsx');
    expect(filenameFromDisposition(null, 'fallback.xlsx')).toBe('fallback.xlsx');
  });
});
