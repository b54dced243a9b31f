/** To be built. */
export function AuditLogPage() {
  return null;
}
