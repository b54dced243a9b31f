import { postGraphQL } from '../graphql-client';

/** The session's stage as the SPAs ask for it (ACTIVE, CONSENT, …), or null: no session. */
export async function viewerStage(apiUrl: string, sessionToken: string): Promise<string | null> {
  const data = await postGraphQL<{ viewer: { stage: string } | null }>(
    apiUrl,
    { operationName: 'BenchViewer', query: 'query BenchViewer { viewer { stage } }' },
    sessionToken,
  );
  return data.viewer?.stage ?? null;
}

export interface SessionStages {
  active: number;
  /** Sessions found in another stage, or not found at all (key "none"). */
  other: Record<string, number>;
}

/** Asks the API about every session a run produced, `concurrency` at a time. */
export async function countSessionStages(apiUrl: string, sessionTokens: readonly string[], concurrency = 16): Promise<SessionStages> {
  const stages: SessionStages = { active: 0, other: {} };
  let next = 0;
  const worker = async () => {
    while (next < sessionTokens.length) {
      const stage = await viewerStage(apiUrl, sessionTokens[next++]!);
      if (stage === 'ACTIVE') stages.active += 1;
      else stages.other[stage ?? 'none'] = (stages.other[stage ?? 'none'] ?? 0) + 1;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return stages;
}
