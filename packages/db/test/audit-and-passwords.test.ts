import { desc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../src/client';
import { hashLegacyPassword, verifyLegacyPassword } from '../src/legacy-password';
import { writeAuditEntry } from '../src/queries/write-audit-entry';
import { auditLog } from '../src/schema/index';
import { createTestDatabase } from '../src/testing/index';

describe('legacy passwords', () => {
  it('verify the right password and reject a wrong one', async () => {
    const hash = await hashLegacyPassword('school123');
    expect(hash).toMatch(/^scrypt\$\d+\$\d+\$\d+\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{43}$/);
    expect(await verifyLegacyPassword('school123', hash)).toBe(true);
    expect(await verifyLegacyPassword('school124', hash)).toBe(false);
    expect(await verifyLegacyPassword('', hash)).toBe(false);
  });

  it('salt every hash', async () => {
    const [a, b] = await Promise.all([hashLegacyPassword('school123'), hashLegacyPassword('school123')]);
    expect(a).not.toBe(b);
    expect(await verifyLegacyPassword('school123', b)).toBe(true);
  });

  it('reject malformed or tampered hashes', async () => {
    const hash = await hashLegacyPassword('school123');
    const parts = hash.split('$');
    expect(await verifyLegacyPassword('school123', '')).toBe(false);
    expect(await verifyLegacyPassword('school123', 'school123')).toBe(false);
    expect(await verifyLegacyPassword('school123', parts.slice(0, 5).join('$'))).toBe(false);
    expect(await verifyLegacyPassword('school123', ['bcrypt', ...parts.slice(1)].join('$'))).toBe(false);
    expect(await verifyLegacyPassword('school123', [...parts.slice(0, 1), String(1 << 30), ...parts.slice(2)].join('$'))).toBe(false);
    expect(await verifyLegacyPassword('school123', [...parts.slice(0, 5), `${parts[5]?.slice(0, -2)}AA`].join('$'))).toBe(false);
  });

  it('hash in about 50 ms or less', async () => {
    const started = performance.now();
    await hashLegacyPassword('school123');
    expect(performance.now() - started).toBeLessThan(500); // generous: shared CI machines
  });
});

describe('writeAuditEntry', () => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await createTestDatabase();
  });
  afterAll(async () => {
    await handle?.close();
  });

  it('appends entries with defaults', async () => {
    const first = await writeAuditEntry(handle.db, { action: 'sign-in.failed', actorKind: 'anonymous', clientIp: '127.0.0.1' });
    expect(first).toMatchObject({
      action: 'sign-in.failed',
      actorKind: 'anonymous',
      details: {},
      esiaSubject: null,
      clientIp: '127.0.0.1',
    });
    expect(first.at).toBeInstanceOf(Date);
    expect(typeof first.id).toBe('number');
    const second = await writeAuditEntry(handle.db, {
      action: 'esia.linked',
      actorKind: 'esia-user',
      esiaSubject: '1000001',
      targetKind: 'person',
      targetId: 'f3a1',
      details: { method: 'automatic', nested: { ok: true } },
    });
    expect(second.id).toBeGreaterThan(first.id);
    const [latest] = await handle.db.select().from(auditLog).orderBy(desc(auditLog.id)).limit(1);
    expect(latest?.details).toEqual({ method: 'automatic', nested: { ok: true } });
  });
});

describe('the audit log at the database level', () => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await createTestDatabase();
  });
  afterAll(async () => {
    await handle?.close();
  });

  it('refuses UPDATE, DELETE and TRUNCATE, and keeps the entry', async () => {
    const entry = await writeAuditEntry(handle.db, { action: 'sign-out', actorKind: 'system', details: {} });
    await expect(handle.db.update(auditLog).set({ action: 'rewritten' }).where(eq(auditLog.id, entry.id))).rejects.toThrow();
    await expect(handle.db.delete(auditLog).where(eq(auditLog.id, entry.id))).rejects.toThrow();
    await expect(handle.db.execute(sql`truncate audit_log`)).rejects.toThrow();
    const [kept] = await handle.db.select().from(auditLog).where(eq(auditLog.id, entry.id));
    expect(kept?.action).toBe('sign-out');
  });
});
