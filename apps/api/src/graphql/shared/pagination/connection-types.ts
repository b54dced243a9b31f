/**
 * The names and descriptions of a list's connection and edge types (`PersonCardConnection`,
 * `PersonCardEdge`), for `t.connection(field, ...connectionTypes(…))`: named after what the
 * list holds rather than after the field (`QueryPersonCardsConnection`), and described in its words.
 */
export function connectionTypes(typeNamePrefix: string, items: string) {
  return [
    { name: `${typeNamePrefix}Connection`, description: `A page of ${items}.` },
    { name: `${typeNamePrefix}Edge`, description: `One entry in a page of ${items}, with its cursor.` },
  ] as const;
}
