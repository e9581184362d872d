// Owns the records of offline bundles: which are installed, and downloads in progress.
// The files themselves live in Cache Storage (see ../offline/bundle-files.ts).
import type { BundleManifest, BundleProblem } from '../../domain/bundle-manifest.ts';
import type { BundleDownload, InstalledBundle, WaypointDatabase } from './database.ts';

export class BundleRepository {
  readonly #db: WaypointDatabase;

  constructor(db: WaypointDatabase) {
    this.#db = db;
  }

  installed(): Promise<InstalledBundle[]> {
    return this.#db.installedBundles.toArray();
  }

  downloads(): Promise<BundleDownload[]> {
    return this.#db.bundleDownloads.toArray();
  }

  download(id: string): Promise<BundleDownload | undefined> {
    return this.#db.bundleDownloads.get(id);
  }

  /** Starts a download of `target`, or keeps the one in progress when it aims at the same version. */
  async startDownload(target: BundleManifest): Promise<BundleDownload> {
    return this.#db.transaction('rw', this.#db.bundleDownloads, async () => {
      const current = await this.#db.bundleDownloads.get(target.id);
      if (current && current.target.version === target.version) {
        const resumed = { ...current, error: undefined };
        await this.#db.bundleDownloads.put(resumed);
        return resumed;
      }
      const fresh: BundleDownload = { id: target.id, target, doneKeys: [], doneBytes: 0 };
      await this.#db.bundleDownloads.put(fresh);
      return fresh;
    });
  }

  /** Records one more verified file, so an interrupted download resumes after it. */
  async fileDone(id: string, key: string, bytes: number): Promise<void> {
    await this.#db.transaction('rw', this.#db.bundleDownloads, async () => {
      const current = await this.#db.bundleDownloads.get(id);
      if (!current || current.doneKeys.includes(key)) return;
      await this.#db.bundleDownloads.put({
        ...current,
        doneKeys: [...current.doneKeys, key],
        doneBytes: current.doneBytes + bytes,
      });
    });
  }

  async failDownload(id: string, error: BundleProblem): Promise<void> {
    await this.#db.bundleDownloads.update(id, { error });
  }

  async forgetDownload(id: string): Promise<void> {
    await this.#db.bundleDownloads.delete(id);
  }

  /** Marks a bundle installed and ends its download, in one transaction. */
  async install(manifest: BundleManifest, at: Date): Promise<void> {
    await this.#db.transaction(
      'rw',
      this.#db.installedBundles,
      this.#db.bundleDownloads,
      async () => {
        await this.#db.installedBundles.put({
          id: manifest.id,
          manifest,
          installedAt: at.toISOString(),
        });
        await this.#db.bundleDownloads.delete(manifest.id);
      },
    );
  }

  async uninstall(id: string): Promise<void> {
    await this.#db.installedBundles.delete(id);
  }
}
