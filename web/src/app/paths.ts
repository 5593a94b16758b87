/** Paths of the shell itself; every feature page declares its own path (its `module.tsx`). */
export const paths = {
  home: '/',
  login: '/login',
} as const;
