// The sync API's HTTP edge: reads and checks request bodies, calls enrolment and ingest, and
// answers every refusal with a 4xx that says what is wrong. Nothing is written on a refusal.
import { ZodError, type z } from 'zod';
import {
  enrolRequestSchema,
  MAX_PUSH_BYTES,
  pushRequestSchema,
  SyncRefusal,
  type EnrolResponse,
  type HubError,
  type PullResponse,
  type PushResponse,
} from '../../domain/sync-protocol.ts';
import type { HubDb } from '../db/connect.ts';
import { authenticateDevice, enrolDevice } from './device-auth.ts';
import { ingestPush } from './ingest.ts';
import { cursorFromQuery, pullAssignments, type OfferedContent } from './pull.ts';

/** Enrolment requests are a code and a name: anything bigger is not one. */
const MAX_ENROL_BYTES = 4_096;

/** The JSON body of a request, refused when it is not JSON or larger than `maxBytes`. */
export async function readJsonBody(request: Request, maxBytes: number): Promise<unknown> {
  const type = request.headers.get('content-type') ?? '';
  if (!/^application\/json\b/i.test(type))
    throw new SyncRefusal(
      415,
      `send JSON (Content-Type: application/json), not "${type || 'nothing'}"`,
    );
  const declared = Number(request.headers.get('content-length') ?? Number.NaN);
  const tooLarge = () =>
    new SyncRefusal(413, `the body is larger than ${maxBytes} bytes: send smaller batches`);
  if (declared > maxBytes) throw tooLarge();
  const reader = request.body?.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const next = await reader?.read();
    if (!next || next.done) break;
    size += next.value.byteLength;
    if (size > maxBytes) {
      await reader?.cancel();
      throw tooLarge();
    }
    chunks.push(next.value);
  }
  const text = new TextDecoder().decode(Buffer.concat(chunks));
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new SyncRefusal(400, `the body is not valid JSON (${(error as Error).message})`);
  }
}

function parse<T extends z.ZodType>(schema: T, body: unknown): z.infer<T> {
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
  throw new SyncRefusal(400, `${where}${issue?.message ?? 'invalid request'}`);
}

async function answer<T>(work: () => Promise<T>): Promise<Response> {
  try {
    return Response.json(await work(), { headers: { 'cache-control': 'no-store' } });
  } catch (error) {
    if (error instanceof SyncRefusal) {
      const refusal: HubError = { error: error.message, problem: error.problem };
      return Response.json(refusal, { status: error.status });
    }
    if (error instanceof ZodError)
      return Response.json({ error: error.issues[0]?.message ?? 'invalid' }, { status: 400 });
    console.error('sync request failed:', error);
    const failure: HubError = {
      error: 'the hub could not store this request; nothing was kept: try again',
      problem: 'hub-failed',
    };
    return Response.json(failure, { status: 500 });
  }
}

export interface SyncHandlers {
  enrol(request: Request): Promise<Response>;
  push(request: Request): Promise<Response>;
  pull(request: Request): Promise<Response>;
}

export function createSyncHandlers(
  db: HubDb,
  offeredContent: OfferedContent = () => Promise.resolve([]),
): SyncHandlers {
  return {
    enrol: (request) =>
      answer(async (): Promise<EnrolResponse> => {
        const body = parse(enrolRequestSchema, await readJsonBody(request, MAX_ENROL_BYTES));
        return enrolDevice(db, body);
      }),
    push: (request) =>
      answer(async (): Promise<PushResponse> => {
        // Who is asking comes first: an unknown tablet learns nothing about its body.
        const device = await authenticateDevice(db, request.headers.get('authorization'));
        const push = parse(pushRequestSchema, await readJsonBody(request, MAX_PUSH_BYTES));
        const results = await ingestPush(db, device, push);
        return { results, receivedAt: new Date().toISOString() };
      }),
    pull: (request) =>
      answer(async (): Promise<PullResponse> => {
        const device = await authenticateDevice(db, request.headers.get('authorization'));
        const since = cursorFromQuery(new URL(request.url).searchParams.get('since'));
        return pullAssignments(db, device, since, offeredContent);
      }),
  };
}
