import {
  BundleError,
  bundleIndexSchema,
  bundleManifestSchema,
  bytesOf,
  fileKey,
  urlsToDelete,
  type BundleFile,
  type BundleIndex,
  type BundleManifest,
} from '../../domain/bundle-manifest.ts';
import type { BundleRepository } from '../db/bundle-repository.ts';
import { BundleFiles, sha256Hex } from './bundle-files.ts';

export interface BundleDownloaderDeps {
  repository: BundleRepository;
  files: BundleFiles;
  fetch: typeof fetch;
  /** Free space on the device, or undefined where the browser cannot tell. */
  freeBytes: () => Promise<number | undefined>;
  now?: () => Date;
  /** Files fetched at once. */
  concurrency?: number;
  /** How long one file may take before the download counts as stalled. */
  fileTimeoutMs?: number;
}

export type ProgressListener = (doneBytes: number, totalBytes: number) => void;

/**
 * Downloads, updates and removes offline bundles. A download stages each verified file and
 * records it, so an interrupted one resumes where it stopped; the bundle goes live only when
 * every file has verified, so a tablet never holds half a bundle.
 */
export class BundleDownloader {
  readonly #deps: Required<BundleDownloaderDeps>;

  constructor(deps: BundleDownloaderDeps) {
    this.#deps = { now: () => new Date(), concurrency: 4, fileTimeoutMs: 20_000, ...deps };
  }

  async offered(): Promise<BundleIndex> {
    return bundleIndexSchema.parse(await this.#json('/bundles/index.json'));
  }

  async manifest(id: string): Promise<BundleManifest> {
    return bundleManifestSchema.parse(await this.#json(`/bundles/${encodeURIComponent(id)}.json`));
  }

  /** Downloads a bundle (or its update); resolves once it is installed. */
  async download(
    id: string,
    onProgress: ProgressListener = () => {},
    signal?: AbortSignal,
  ): Promise<void> {
    const target = await this.manifest(id);
    const { repository, files } = this.#deps;
    const needed = await this.#missingFiles(target);
    const remaining = bytesOf(needed);
    const free = await this.#deps.freeBytes();
    if (free !== undefined && free < remaining)
      throw new BundleError({ code: 'not-enough-space', bytes: remaining });

    const progress = await repository.startDownload(target);
    const total = progress.doneBytes + remaining;
    let done = progress.doneBytes;
    onProgress(done, total);
    const queue = [...needed];
    // The first failure stops every worker, and all of them finish before this returns, so no
    // late progress report can follow the failure.
    const stop = new AbortController();
    const running = signal ? AbortSignal.any([signal, stop.signal]) : stop.signal;
    let failure: unknown;
    const worker = async () => {
      for (let file = queue.shift(); file && !running.aborted; file = queue.shift()) {
        try {
          const bytes = await this.#fetchVerified(file, running);
          await files.stage(file, bytes);
          await repository.fileDone(target.id, fileKey(file), file.bytes);
        } catch (error) {
          failure ??= error;
          stop.abort();
          return;
        }
        done += file.bytes;
        onProgress(done, total);
      }
    };
    await Promise.all(Array.from({ length: this.#deps.concurrency }, worker));
    if (signal?.aborted) throw signal.reason;
    if (failure !== undefined) {
      const problem =
        failure instanceof BundleError
          ? failure.problem
          : { code: 'offline' as const, detail: String(failure) };
      await repository.failDownload(target.id, problem);
      throw new BundleError(problem);
    }
    await this.install(target);
  }

  /** Stops a download and forgets it: staged files go, the installed version stays. */
  async cancel(id: string): Promise<void> {
    const progress = await this.#deps.repository.download(id);
    if (progress) await this.#deps.files.deleteStaged(progress.target.files);
    await this.#deps.repository.forgetDownload(id);
  }

  /** Makes a fully staged bundle live, then deletes files its previous version no longer uses. */
  async install(target: BundleManifest): Promise<void> {
    const { repository, files } = this.#deps;
    const installed = await repository.installed();
    const previous = installed.find((bundle) => bundle.id === target.id)?.manifest;
    await files.promote(target.files);
    await repository.install(target, this.#deps.now());
    if (previous) {
      const others = installed.filter((b) => b.id !== target.id).map((b) => b.manifest);
      const gone = urlsToDelete(previous, [...others, target]);
      await files.deleteInstalled(gone);
    }
  }

  /** Removes a bundle; files another installed bundle still uses stay. */
  async remove(id: string): Promise<void> {
    const { repository, files } = this.#deps;
    const installed = await repository.installed();
    const removed = installed.find((bundle) => bundle.id === id);
    if (!removed) return;
    await repository.uninstall(id);
    const others = installed.filter((bundle) => bundle.id !== id).map((bundle) => bundle.manifest);
    await files.deleteInstalled(urlsToDelete(removed.manifest, others));
  }

  /** Files of `target` not yet installed or staged at the right version. */
  async #missingFiles(target: BundleManifest): Promise<BundleFile[]> {
    const missing: BundleFile[] = [];
    for (const file of target.files) {
      if (!(await this.#deps.files.isInstalled(file)) && !(await this.#deps.files.isStaged(file)))
        missing.push(file);
    }
    return missing;
  }

  async #fetchVerified(file: BundleFile, signal?: AbortSignal): Promise<Uint8Array> {
    let response: Response;
    try {
      // A stalled connection never errors by itself: give each file a deadline so the
      // download stops, is recorded, and can resume when the connection comes back.
      const deadline = AbortSignal.timeout(this.#deps.fileTimeoutMs);
      response = await this.#deps.fetch(file.url, {
        cache: 'no-store',
        signal: signal ? AbortSignal.any([signal, deadline]) : deadline,
      });
    } catch (error) {
      if (signal?.aborted) throw error;
      throw new BundleError({ code: 'offline', detail: file.url });
    }
    if (!response.ok)
      throw new BundleError({ code: 'server', detail: `${file.url} (${response.status})` });
    const bytes = new Uint8Array(await response.arrayBuffer());
    if ((await sha256Hex(bytes)) !== file.sha256)
      throw new BundleError({ code: 'changed-file', detail: file.url });
    return bytes;
  }

  async #json(url: string): Promise<unknown> {
    let response: Response;
    try {
      response = await this.#deps.fetch(url, { cache: 'no-store' });
    } catch {
      throw new BundleError({ code: 'offline', detail: url });
    }
    if (!response.ok)
      throw new BundleError({ code: 'server', detail: `${url} (${response.status})` });
    return response.json();
  }
}
