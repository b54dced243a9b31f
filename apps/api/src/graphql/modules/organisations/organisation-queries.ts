import { InvalidOrganisationCursorError, organisationPage, organisationPageSize } from '../../../organisations/organisation-directory';
import { builder } from '../../builder';
import { plainTextArgument } from '../errors/plain-text-argument';
import { connectionTypes } from '../pagination/connection-types';
import { requireForwardPaging, toConnection } from '../pagination/forward-connection';
import { invalidCursor } from '../person-cards/staff-actor-of';
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
      resolve: async (_root, args, context) => {
        requireForwardPaging(args);
        const search = plainTextArgument(context, args.search, 'search');
        try {
          return toConnection(await organisationPage(context.services.db, { ...args, search }));
        } catch (error) {
          throw error instanceof InvalidOrganisationCursorError ? invalidCursor() : error;
        }
      },
    },
    ...connectionTypes('Organisation', 'organisations'),
  ),
);
