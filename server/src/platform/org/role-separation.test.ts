import { describe, expect, it } from 'vitest';
import { violatesRoleSeparation } from './role-separation';

describe('violatesRoleSeparation', () => {
  it('allows one administrator role alone, repeated at several units', () => {
    expect(violatesRoleSeparation(['sys_admin'])).toBe(false);
    expect(violatesRoleSeparation(['audit_admin', 'audit_admin'])).toBe(false);
  });
  it('allows any mix of business roles', () => {
    expect(violatesRoleSeparation(['unit_staff', 'unit_leader', 'supervisor'])).toBe(false);
  });
  it('refuses two administrator roles together', () => {
    expect(violatesRoleSeparation(['sys_admin', 'security_admin'])).toBe(true);
    expect(violatesRoleSeparation(['security_admin', 'audit_admin'])).toBe(true);
  });
  it('refuses an administrator role with a business role', () => {
    expect(violatesRoleSeparation(['sys_admin', 'supervisor'])).toBe(true);
  });
});
