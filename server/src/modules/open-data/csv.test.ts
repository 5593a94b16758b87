import { describe, expect, it } from 'vitest';
import { openField } from '../../platform/open-data';
import { csvLine, csvRecord } from './csv';

const fields = [openField('a', 'string', '甲', 'A'), openField('n', 'integer', '数', 'N')];

describe('open data CSV', () => {
  it('quotes commas, quotes and line breaks as RFC 4180 says, with CRLF lines', () => {
    expect(csvLine(['x', 'a,b', 'say "hi"', 'two\nlines', '中文'])).toBe(
      'x,"a,b","say ""hi""","two\nlines",中文\r\n',
    );
  });

  it('guards text cells against formulas, never numbers', () => {
    expect(csvRecord({ a: '=HYPERLINK("x")', n: -3 }, fields)).toBe(`"'=HYPERLINK(""x"")",-3\r\n`);
    expect(csvRecord({ a: '@SUM(A1)', n: 1 }, fields)).toBe(`'@SUM(A1),1\r\n`);
    expect(csvRecord({ a: '+1', n: 0 }, fields)).toBe(`'+1,0\r\n`);
  });

  it('writes null as an empty cell and fields in their declared order', () => {
    expect(csvRecord({ n: 2, a: null }, fields)).toBe(',2\r\n');
  });
});
