/**
 * Descriptions of what the relay plugin generates for every connection (PageInfo, edges, the
 * paging arguments): written once here so each list documents only what is its own.
 */
export const connectionDocumentation = {
  pageInfoTypeOptions: { description: 'Where a page of a connection ends; pass `endCursor` as `after` for the next page.' },
  hasNextPageFieldOptions: { description: 'Whether more items follow this page.' },
  hasPreviousPageFieldOptions: {
    description:
      'Whether items come before this page, where the list knows it cheaply (otherwise false). Lists page forward only: rely on `hasNextPage`.',
  },
  startCursorFieldOptions: { description: 'The cursor of the first item of this page; null when the page is empty.' },
  endCursorFieldOptions: {
    description: 'The cursor of the last item of this page, to pass as `after` for the next page; null when the page is empty.',
  },
  defaultConnectionTypeOptions: { description: 'A page of a list: its items with their cursors, and where the page ends.' },
  defaultEdgeTypeOptions: { description: 'One item of a page, with the cursor to continue after it.' },
  edgesFieldOptions: { description: 'The items of this page in the order of the list, each with its cursor.' },
  pageInfoFieldOptions: { description: 'Whether more items follow, and the cursor to ask for them with.' },
  nodeFieldOptions: { description: 'The item.' },
  cursorFieldOptions: {
    description: 'Opaque position of this item: pass it as `after` (with the same arguments otherwise) to continue after it.',
  },
  firstArgOptions: {
    description:
      'How many items to return, at least 1. Each list states its default and maximum page size; a larger number is capped to the maximum.',
  },
  afterArgOptions: {
    description: 'Return the items after this cursor: an `endCursor` or a `cursor` from the same list with the same other arguments.',
  },
  lastArgOptions: { description: 'Not supported: lists page forward only, and a value here is refused (BAD_USER_INPUT).' },
  beforeArgOptions: { description: 'Not supported: lists page forward only, and a value here is refused (BAD_USER_INPUT).' },
} as const;
