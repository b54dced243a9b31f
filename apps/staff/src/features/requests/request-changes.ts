import { graphql } from '@vhod/ui/graphql';
import { useEffect, useRef } from 'react';
import { useClient } from 'urql';

export const RequestChangesSubscription = graphql(`
  subscription StaffRequestChanges {
    staffAccessRequestChanges { kind request { id status } }
  }
`);

/**
 * Calls `onChange` with the request's id whenever one the staff member may see changes on any API instance, and with
 * null when the page should reload everything (the subscription has just started or started again after a drop).
 * Every component of the page shares one subscription: urql runs one operation per document and variables.
 */
export function useRequestChanges(onChange: (requestId: string | null) => void): void {
  const client = useClient();
  const latest = useRef(onChange);
  useEffect(() => {
    latest.current = onChange;
  });
  useEffect(() => {
    const { unsubscribe } = client.subscription(RequestChangesSubscription, {}).subscribe((result) => {
      const change = result.data?.staffAccessRequestChanges;
      if (change) latest.current(change.request?.id ?? null);
    });
    return unsubscribe;
  }, [client]);
}
