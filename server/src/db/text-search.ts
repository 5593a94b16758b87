/** A LIKE/ILIKE pattern matching `text` anywhere, with the user's wildcards escaped (a search for '%' finds '%'). */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
