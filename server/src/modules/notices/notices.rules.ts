/** Characters that say what kind of body a unit is, not which: skipped when a prefix is derived. */
const GENERIC = new Set([...'人民政府镇乡']);

/** The first character of a name that says which body it is (政 when every one is generic). */
function distinctive(name: string): string {
  for (const c of name) if (!GENERIC.has(c)) return c;
  return '政';
}

/** The place of a government's name: 示范市人民政府 → 示范市, 城关区人民政府 → 城关区. */
export function placeOf(name: string): string {
  return /^(.{1,4}?[市区县])/.exec(name)?.[1] ?? name.slice(0, 1);
}

/**
 * The 机关代字 a unit issues under until someone sets one (GB/T 9704: 发文机关代字): the first
 * character of the city and the first telling character of the unit's name, so that
 * 市政府督查室 → 示督, 示范市纪委监委 → 示纪, 市教育局 → 示教; a county's unit takes its county's
 * first character instead (城关区教育局 → 城教). Two units deriving the same prefix are told to set
 * one when their numbers meet (NOTICE_NUMBER_TAKEN).
 */
export function defaultPrefix(unitName: string, cityName: string): string {
  const city = placeOf(cityName);
  let rest = unitName.startsWith(city) ? unitName.slice(city.length) : unitName;
  if (rest.startsWith('市')) rest = rest.slice(1);
  const county = /^(.{1,3}?[区县])(.+)$/.exec(rest);
  if (county) return `${county[1]!.slice(0, 1)}${distinctive(county[2]!)}`;
  return `${city.slice(0, 1)}${distinctive(rest)}`;
}
