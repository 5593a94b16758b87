/** Optional text fields: an empty input means "no value", which the API spells `null`. */
export function blankToNull(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

/** `data-testid` for props objects (okButtonProps, …) where JSX's hyphenated-attribute escape hatch does not apply. */
export function testId(id: string): Record<string, string> {
  return { 'data-testid': id };
}
