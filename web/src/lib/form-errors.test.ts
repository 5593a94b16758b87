import { describe, expect, it } from 'vitest';
import { ApiError } from './api';
import { toFieldErrors, toNamePath } from './form-errors';

describe('toNamePath', () => {
  it('turns server paths into antd name paths', () => {
    expect(toNamePath('name')).toEqual(['name']);
    expect(toNamePath('roles.0.unitId')).toEqual(['roles', 0, 'unitId']);
    expect(toNamePath('roles[1].role')).toEqual(['roles', 1, 'role']);
  });
});

describe('toFieldErrors', () => {
  it('groups messages by field and skips errors without a path', () => {
    const error = new ApiError({
      type: 'about:blank',
      title: 'Invalid',
      status: 400,
      code: 'VALIDATION_FAILED',
      errors: [
        { path: 'name', message: 'a' },
        { path: 'name', message: 'b' },
        { path: '', message: 'c' },
      ],
    });
    expect(toFieldErrors(error)).toEqual([{ name: ['name'], errors: ['a', 'b'] }]);
  });
});
