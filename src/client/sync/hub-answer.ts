import { hubErrorSchema, SyncRefusal, type SyncProblem } from '../../domain/sync-protocol.ts';

/** The hub failed (5xx): nothing was kept, and trying again later may work. */
export class HubFailure extends Error {
  readonly problem: SyncProblem | undefined;
  constructor(message: string, problem?: SyncProblem) {
    super(message);
    this.name = 'HubFailure';
    this.problem = problem;
  }
}

/** The body of a hub answer, or the hub's refusal (4xx) or failure (5xx) as an error. */
export async function hubAnswer(response: Response): Promise<unknown> {
  const body: unknown = await response.json().catch(() => undefined);
  if (response.ok) return body;
  const refusal = hubErrorSchema.safeParse(body).data;
  const reason = refusal?.error ?? `HTTP ${response.status}`;
  if (response.status >= 400 && response.status < 500)
    throw new SyncRefusal(response.status, reason, refusal?.problem);
  throw new HubFailure(reason, refusal?.problem ?? 'hub-failed');
}

/** The named problem behind a failed sync, for the trainer's language; undefined if none. */
export function problemOf(error: unknown): SyncProblem | undefined {
  if (error instanceof SyncRefusal || error instanceof HubFailure) return error.problem;
  // fetch() rejects with a TypeError when the hub cannot be reached at all.
  if (error instanceof TypeError) return 'offline';
  return undefined;
}
