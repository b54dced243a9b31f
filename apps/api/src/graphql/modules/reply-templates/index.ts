// «Шаблоны ответов»: an organisation's ready comments for common decisions.
import { DomainError } from '@vhod/domain';
import type { ReplyTemplate } from '@vhod/db';
import { builder } from '../../builder';
import { requireStaff } from '../../shared/access/require-staff';
import { mutationErrors } from '../../shared/errors/mutation-errors';
import { arrayConnection } from '../../shared/pagination/array-connection';
import { connectionTypes } from '../../shared/pagination/connection-types';

const ReplyTemplateRef = builder.objectRef<ReplyTemplate>('ReplyTemplate');
ReplyTemplateRef.implement({
  description: '«Шаблон ответа»: a ready decision comment of one organisation.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Stable ID (a UUID).' }),
    title: t.exposeString('title', { description: 'What staff pick it by; up to 200 characters.' }),
    text: t.exposeString('text', { description: 'The comment it fills in; up to 2000 characters.' }),
  }),
});

// An organisation keeps a handful of templates: one page of the default size holds them.
const templatePageSize = { default: 200, max: 200 } as const;

builder.queryField('replyTemplates', (t) =>
  t.connection(
    {
      type: ReplyTemplateRef,
      description: `The staff member's organisation's reply templates, by title. Pages of up to ${templatePageSize.max} (the default).`,
      authScopes: { requestWorker: true },
      resolve: async (_root, args, context) =>
        arrayConnection(args, await context.services.replyTemplates.list(await requireStaff(context)), templatePageSize),
    },
    ...connectionTypes('ReplyTemplate', 'reply templates'),
  ),
);

builder.mutationField('saveReplyTemplate', (t) =>
  t.field({
    type: ReplyTemplateRef,
    description: 'Creates a template, or updates one of the organisation’s when `id` is given; audited.',
    authScopes: { requestWorker: true },
    errors: mutationErrors([DomainError], 'The template as saved.'),
    args: {
      id: t.arg.id({ required: false, description: 'The template to update; omit to create one.' }),
      title: t.arg.string({ required: true, description: 'Up to 200 characters, not blank.' }),
      text: t.arg.string({ required: true, description: 'Up to 2000 characters, not blank.' }),
    },
    resolve: async (_root, { id, title, text }, context) =>
      context.services.replyTemplates.save(await requireStaff(context), { id: id ? String(id) : null, title, text }, context.meta),
  }),
);

builder.mutationField('deleteReplyTemplate', (t) =>
  t.boolean({
    description: 'Deletes one of the organisation’s templates; audited.',
    authScopes: { requestWorker: true },
    errors: mutationErrors([DomainError], 'Always true.'),
    args: { id: t.arg.id({ required: true, description: 'The template’s ID.' }) },
    resolve: async (_root, { id }, context) => {
      await context.services.replyTemplates.remove(await requireStaff(context), String(id), context.meta);
      return true;
    },
  }),
);
