// Runs the outbox sync whenever a connection exists: now, when the browser comes back
// online, and after a failure at growing, jittered intervals. One run at a time.
import { retryDelay } from '../../domain/sync-batches.ts';
import { SyncRefusal } from '../../domain/sync-protocol.ts';
import type { OutboxSync, SyncProgress } from './outbox-sync.ts';

/** While nothing fails, look for new records this often. */
export const QUIET_INTERVAL_MS = 5 * 60_000;

export interface AutoSync {
  /** Runs now (the "Sync now" button); resolves when this run ends. */
  now(): Promise<void>;
  stop(): void;
}

/** Where "online" events come from and whether there is a connection (the browser's). */
export interface Connectivity {
  addEventListener(type: 'online', listener: () => void): void;
  removeEventListener(type: 'online', listener: () => void): void;
  isOnline(): boolean;
}

const browserConnectivity: Connectivity = {
  addEventListener: (type, listener) => addEventListener(type, listener),
  removeEventListener: (type, listener) => removeEventListener(type, listener),
  isOnline: () => navigator.onLine,
};

export function startAutoSync(
  sync: Pick<OutboxSync, 'link' | 'run'>,
  onChange: (state: { running: boolean; progress?: SyncProgress }) => void,
  connectivity: Connectivity = browserConnectivity,
  random: () => number = Math.random,
): AutoSync {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> | undefined;
  let failures = 0;
  let stopped = false;

  const schedule = (ms: number) => {
    clearTimeout(timer);
    if (!stopped) timer = setTimeout(() => void run(), ms);
  };

  const run = (): Promise<void> => {
    running ??= (async () => {
      try {
        if (!(await sync.link())) return;
        onChange({ running: true });
        await sync.run((progress) => onChange({ running: true, progress }));
        failures = 0;
        schedule(QUIET_INTERVAL_MS);
      } catch (error) {
        // A refusal (revoked, not enrolled) waits for a person; trying sooner will not help.
        failures += 1;
        schedule(error instanceof SyncRefusal ? QUIET_INTERVAL_MS : retryDelay(failures, random));
      } finally {
        running = undefined;
        onChange({ running: false });
      }
    })();
    return running;
  };

  const online = () => void run();
  connectivity.addEventListener('online', online);
  if (connectivity.isOnline()) void run();
  else schedule(QUIET_INTERVAL_MS);
  return {
    now: run,
    stop() {
      stopped = true;
      clearTimeout(timer);
      connectivity.removeEventListener('online', online);
    },
  };
}
