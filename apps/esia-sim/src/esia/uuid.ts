const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** ESIA's `state` is a UUID (relying parties send v4). */
export function isUuid(value: string): boolean {
  return uuidPattern.test(value);
}
