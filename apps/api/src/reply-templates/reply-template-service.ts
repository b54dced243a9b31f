import { DomainError, requirePlainText, isUuid, type AuditAction } from '@vhod/domain';
import { replyTemplates, writeAuditEntry, type Database, type ReplyTemplate } from '@vhod/db';
import { and, asc, eq } from 'drizzle-orm';
import type { Clock } from '../clock/clock';
import type { ClientMeta } from '../sessions/session-store';
import type { StaffActor } from '../staff/staff-actor';
import { staffAuditActor } from '../staff/staff-audit';

/** Reply templates belong to the staff member's own organisation. */
export function createReplyTemplateService({ db, clock }: { db: Database; clock: Clock }) {
  function requireWorker(actor: StaffActor) {
    if (!actor.permissions.workRequests) throw new DomainError('forbidden');
  }
  function checked(title: string, text: string) {
    const cleanTitle = title.trim();
    const cleanText = text.trim();
    if (!cleanTitle || cleanTitle.length > 200 || !cleanText || cleanText.length > 2000) throw new DomainError('comment-required');
    return { title: requirePlainText(cleanTitle, 'title'), text: requirePlainText(cleanText, 'text', 'multi-line') };
  }
  async function audit(actor: StaffActor, action: AuditAction, templateId: string, meta: ClientMeta) {
    await writeAuditEntry(db, {
      action,
      ...staffAuditActor(actor, meta),
      targetKind: 'reply-template',
      targetId: templateId,
      details: {},
    });
  }

  return {
    async list(actor: StaffActor): Promise<ReplyTemplate[]> {
      if (!actor.permissions.workRequests) return [];
      return db
        .select()
        .from(replyTemplates)
        .where(eq(replyTemplates.organisationId, actor.organisationId))
        .orderBy(asc(replyTemplates.title));
    },

    async save(actor: StaffActor, input: { id?: string | null; title: string; text: string }, meta: ClientMeta): Promise<ReplyTemplate> {
      requireWorker(actor);
      const values = checked(input.title, input.text);
      if (input.id) {
        if (!isUuid(input.id)) throw new DomainError('forbidden');
        const [updated] = await db
          .update(replyTemplates)
          .set({ ...values, updatedAt: clock.now() })
          .where(and(eq(replyTemplates.id, input.id), eq(replyTemplates.organisationId, actor.organisationId)))
          .returning();
        if (!updated) throw new DomainError('forbidden');
        await audit(actor, 'reply-template.updated', updated.id, meta);
        return updated;
      }
      const [created] = await db
        .insert(replyTemplates)
        .values({ ...values, organisationId: actor.organisationId })
        .returning();
      await audit(actor, 'reply-template.created', created!.id, meta);
      return created!;
    },

    async remove(actor: StaffActor, id: string, meta: ClientMeta): Promise<void> {
      requireWorker(actor);
      if (!isUuid(id)) throw new DomainError('forbidden');
      const [removed] = await db
        .delete(replyTemplates)
        .where(and(eq(replyTemplates.id, id), eq(replyTemplates.organisationId, actor.organisationId)))
        .returning();
      if (!removed) throw new DomainError('forbidden');
      await audit(actor, 'reply-template.deleted', id, meta);
    },
  };
}

export type ReplyTemplateService = ReturnType<typeof createReplyTemplateService>;
