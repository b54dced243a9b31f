import { builder } from '../../builder';

export interface ConnectionPage {
  hasNextPage: boolean;
  endCursor: string | null;
}

/** Relay's pageInfo, forward pagination only (the console never pages backwards). */
export const ConnectionPageInfoRef = builder.objectRef<ConnectionPage>('ConnectionPageInfo');

ConnectionPageInfoRef.implement({
  description: 'Where a page of a connection ends; pass `endCursor` as `after` for the next page.',
  fields: (t) => ({
    hasNextPage: t.exposeBoolean('hasNextPage'),
    endCursor: t.exposeString('endCursor', { nullable: true }),
  }),
});
