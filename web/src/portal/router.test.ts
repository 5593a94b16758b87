import { describe, expect, it } from 'vitest';
import { matchRoute } from './router';

describe('the portal routes', () => {
  it('opens the notices and one notice', () => {
    expect(matchRoute('/portal/notices')).toEqual({ page: 'notices' });
    expect(matchRoute('/portal/notices/0190abcd')).toEqual({ page: 'notice', id: '0190abcd' });
    expect(matchRoute('/portal/notices/a/b')).toEqual({ page: 'notFound' });
  });
});
