import { z } from 'zod';
import { idSchema, nameText, optionalText } from './common';
import { dataScopeSchema, roleSchema } from './roles';

export const UNIT_KINDS = ['government', 'department', 'institution', 'enterprise'] as const;
export const unitKindSchema = z.enum(UNIT_KINDS);
export const UNIT_LEVELS = ['city', 'county', 'township'] as const;
export const unitLevelSchema = z.enum(UNIT_LEVELS);

export const unitSchema = z.object({
  id: idSchema,
  parentId: idSchema.nullable(),
  name: z.string(),
  shortName: z.string().nullable(),
  code: z.string().nullable(),
  kind: unitKindSchema,
  level: unitLevelSchema,
  sortOrder: z.number().int(),
  path: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Unit = z.infer<typeof unitSchema>;

const unitFields = {
  name: nameText(100),
  shortName: optionalText(30),
  code: z
    .string()
    .trim()
    .regex(/^[0-9A-Za-z-]{1,32}$/)
    .nullish(),
  kind: unitKindSchema,
  level: unitLevelSchema,
  sortOrder: z.number().int().min(0).max(1_000_000),
};

export const createUnitSchema = z
  .object({ parentId: idSchema.nullable(), ...unitFields, sortOrder: unitFields.sortOrder.default(0) })
  .strict();
export type CreateUnitInput = z.infer<typeof createUnitSchema>;

// Built from the fields, not from createUnitSchema: a default would silently reset the value on every edit.
export const updateUnitSchema = z.object(unitFields).partial().strict();
export type UpdateUnitInput = z.infer<typeof updateUnitSchema>;

export const moveUnitSchema = z.object({ parentId: idSchema.nullable() }).strict();

export const unitListQuerySchema = z
  .object({
    parentId: idSchema.optional(),
    q: z.string().trim().max(100).optional(),
  })
  .strict();

const phone = z
  .string()
  .trim()
  .regex(/^[0-9+\-() ]{5,20}$/);

export const personSchema = z.object({
  id: idSchema,
  unitId: idSchema,
  unitName: z.string(),
  name: z.string(),
  position: z.string().nullable(),
  isLeader: z.boolean(),
  /** Personal data: masked in lists, shown in full only on a logged view of one person. */
  phone: z.string().nullable(),
  email: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Person = z.infer<typeof personSchema>;

const personFields = {
  unitId: idSchema,
  name: nameText(50),
  position: optionalText(100),
  isLeader: z.boolean(),
  phone: phone.nullish(),
  email: z.email().max(200).nullish(),
};
export const createPersonSchema = z
  .object({ ...personFields, isLeader: personFields.isLeader.default(false) })
  .strict();
export type CreatePersonInput = z.infer<typeof createPersonSchema>;
export const updatePersonSchema = z.object(personFields).partial().strict();
export type UpdatePersonInput = z.infer<typeof updatePersonSchema>;

export const personListQuerySchema = z
  .object({
    unitId: idSchema.optional(),
    q: z.string().trim().max(100).optional(),
  })
  .strict();

export const roleAssignmentSchema = z.object({
  role: roleSchema,
  dataScope: dataScopeSchema,
  unitId: idSchema,
});
export type RoleAssignmentInput = z.infer<typeof roleAssignmentSchema>;

export const roleAssignmentViewSchema = roleAssignmentSchema.extend({
  id: idSchema,
  unitName: z.string(),
});

export const accountSchema = z.object({
  id: idSchema,
  username: z.string(),
  personId: idSchema,
  personName: z.string(),
  unitId: idSchema,
  unitName: z.string(),
  locale: z.string(),
  disabled: z.boolean(),
  lockedUntil: z.string().nullable(),
  lastLoginAt: z.string().nullable(),
  roles: z.array(roleAssignmentViewSchema),
  createdAt: z.string(),
});
export type Account = z.infer<typeof accountSchema>;

export const usernameSchema = z
  .string()
  .trim()
  .min(3)
  .max(50)
  .regex(/^[a-z0-9][a-z0-9._-]*$/);

export const createAccountSchema = z
  .object({
    username: usernameSchema,
    password: z.string().min(1).max(200),
    personId: idSchema,
    roles: z.array(roleAssignmentSchema).min(1).max(20),
  })
  .strict();
export type CreateAccountInput = z.infer<typeof createAccountSchema>;

export const updateAccountSchema = z
  .object({
    disabled: z.boolean().optional(),
    roles: z.array(roleAssignmentSchema).min(1).max(20).optional(),
    password: z.string().min(1).max(200).optional(),
    unlock: z.literal(true).optional(),
  })
  .strict();
export type UpdateAccountInput = z.infer<typeof updateAccountSchema>;
