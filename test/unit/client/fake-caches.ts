/** An in-memory CacheStorage: enough of the API for the bundle code under Node. */
class FakeCache {
  readonly entries = new Map<string, Response>();
  async match(request: RequestInfo | URL): Promise<Response | undefined> {
    return this.entries.get(String(request))?.clone();
  }
  async put(request: RequestInfo | URL, response: Response): Promise<void> {
    const bytes = await response.arrayBuffer();
    this.entries.set(String(request), new Response(bytes, { headers: response.headers }));
  }
  async delete(request: RequestInfo | URL): Promise<boolean> {
    return this.entries.delete(String(request));
  }
}

export class FakeCacheStorage {
  readonly caches = new Map<string, FakeCache>();
  async open(name: string): Promise<FakeCache> {
    let cache = this.caches.get(name);
    if (!cache) this.caches.set(name, (cache = new FakeCache()));
    return cache;
  }
  urls(name: string): string[] {
    return [...(this.caches.get(name)?.entries.keys() ?? [])].sort();
  }
  asCacheStorage(): CacheStorage {
    return this as unknown as CacheStorage;
  }
}
