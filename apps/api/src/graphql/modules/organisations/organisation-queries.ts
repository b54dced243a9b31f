import { organisationPage, organisationPageSize } from '../../../organisations/organisation-directory';
import { builder } from '../../builder';
import { plainTextArgument } from '../../shared/errors/plain-text-argument';
import { connectionTypes } from '../../shared/pagination/connection-types';
import { keysetConnection } from '../../shared/pagination/keyset-connection';
import { OrganisationRef } from './organisation';
import { OrganisationTypeCodeEnum } from './organisation-type';

builder.queryField('organisations', (t) =>
  t.connection(
    {
      type: OrganisationRef,
      description: `Educational organisations of one type, by name, optionally narrowed to names containing \`search\`. Pages of up to ${organisationPageSize.max} (default ${organisationPageSize.default}).`,
      authScopes: { organisationDirectory: true },
      args: {
        typeCode: t.arg({
          type: OrganisationTypeCodeEnum,
          required: true,
          description: 'The kind of organisation (AUTHORITY finds nothing).',
        }),
        search: t.arg.string({ required: false, description: 'A part of the name, any case; blank means no filter.' }),
      },
      resolve: (_root, args, context) =>
        keysetConnection(context, args, () =>
          organisationPage(context.services.db, { ...args, search: plainTextArgument(context, args.search, 'search') }),
        ),
    },
    ...connectionTypes('Organisation', 'organisations'),
  ),
);
