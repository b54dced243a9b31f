/**
 * GraphQL enum names are UPPER_SNAKE by convention; the values stay the domain's own strings.
 * Every value needs a description (the schema is the API's documentation), and the compiler
 * asks for one when the domain adds a value.
 */
export function enumValues<const T extends string>(
  values: readonly T[],
  descriptions: { readonly [Value in T]: string },
): Record<string, { value: T; description: string }> {
  return Object.fromEntries(values.map((value) => [value.toUpperCase().replaceAll('-', '_'), { value, description: descriptions[value] }]));
}
