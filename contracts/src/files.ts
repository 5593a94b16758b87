// Schemas of this area are added here; see org.ts for the conventions.
export {};
