// «Шаблоны ответов»: an organisation's ready comments for common decisions.
import { DomainError } from '@vhod/domain';
import type { ReplyTemplate } from '@vhod/db';
import { builder } from '../../builder';

const ReplyTemplateRef = builder.objectRef<ReplyTemplate>('ReplyTemplate');
ReplyTemplateRef.implement({
  fields: (t) => ({
    id: t.exposeID('id'),
    title: t.exposeString('title'),
    text: t.exposeString('text'),
  }),
});

builder.queryField('replyTemplates', (t) =>
  t.field({
    type: [ReplyTemplateRef],
    description: "The staff member's organisation's reply templates, by title.",
    authScopes: { requestWorker: true },
    resolve: async (_root, _args, context) => context.services.replyTemplates.list((await context.staff())!),
  }),
);

builder.mutationField('saveReplyTemplate', (t) =>
  t.field({
    type: ReplyTemplateRef,
    description: 'Creates a template, or updates one of the organisation’s when `id` is given.',
    authScopes: { requestWorker: true },
    errors: { types: [DomainError] },
    args: { id: t.arg.id({ required: false }), title: t.arg.string({ required: true }), text: t.arg.string({ required: true }) },
    resolve: async (_root, { id, title, text }, context) =>
      context.services.replyTemplates.save((await context.staff())!, { id: id ? String(id) : null, title, text }, context.meta),
  }),
);

builder.mutationField('deleteReplyTemplate', (t) =>
  t.boolean({
    authScopes: { requestWorker: true },
    errors: { types: [DomainError] },
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, { id }, context) => {
      await context.services.replyTemplates.remove((await context.staff())!, String(id), context.meta);
      return true;
    },
  }),
);
