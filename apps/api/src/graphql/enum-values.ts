/** GraphQL enum names are UPPER_SNAKE by convention; the values stay the domain's own strings. */
export function enumValues<const T extends string>(values: readonly T[]): Record<string, { value: T }> {
  return Object.fromEntries(values.map((value) => [value.toUpperCase().replaceAll('-', '_'), { value }]));
}
