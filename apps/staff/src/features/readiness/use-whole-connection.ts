import { useEffect, useState } from 'react';
import { useClient, type AnyVariables, type DocumentInput } from 'urql';

interface Connection<Node> {
  edges: ReadonlyArray<{ node: Node }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

export interface WholeConnection<Node> {
  /** Every node, once all pages have arrived; null while loading or after a failure. */
  nodes: Node[] | null;
  failed: boolean;
}

/** The API's largest page for readiness connections: one request covers a whole region in practice. */
const pageSize = 1000;

/**
 * Loads every page of a connection, one after another. The readiness tables filter, sort and
 * export on the client, which needs all rows; the aggregates are cheap, so each visit asks the
 * server afresh (numbers move as families link their accounts).
 */
type NodeOf<Value> = Value extends Connection<infer Node> ? Node : never;

export function useWholeConnection<Data, Variables extends AnyVariables, Field extends keyof Data>(
  query: DocumentInput<Data, Variables>,
  variables: Omit<Variables, 'first' | 'after'>,
  /** The query's connection field (a name, not a selector, so it cannot change between renders). */
  field: Field,
): WholeConnection<NodeOf<Data[Field]>> {
  type Node = NodeOf<Data[Field]>;
  const client = useClient();
  const [state, setState] = useState<WholeConnection<Node>>({ nodes: null, failed: false });
  // Variables count by value: a fresh object each render must not reload.
  const variablesKey = JSON.stringify(variables);

  useEffect(() => {
    let cancelled = false;
    setState({ nodes: null, failed: false });
    void (async () => {
      const nodes: Node[] = [];
      let after: string | null = null;
      do {
        const pageVariables = { ...JSON.parse(variablesKey), first: pageSize, after } as Variables;
        const result = await client.query(query, pageVariables, { requestPolicy: 'network-only' }).toPromise();
        if (cancelled) return;
        if (!result.data) return setState({ nodes: null, failed: true });
        const connection = result.data[field] as Connection<Node>;
        nodes.push(...connection.edges.map((edge) => edge.node));
        after = connection.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null;
      } while (after);
      setState({ nodes, failed: false });
    })();
    return () => {
      cancelled = true;
    };
  }, [client, query, variablesKey, field]);

  return state;
}
