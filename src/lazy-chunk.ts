/**
 * A chunk of the build fetched the first time it is needed, so that the embed stays small (the
 * first question does not wait for the result's code or another language). The one rule for a
 * failure: it is forgotten, so the next time the chunk is asked for it is fetched again; until
 * then the caller shows its fallback (English for a language, a notice for the result's code).
 */
export interface LazyChunk<T> {
  load(): Promise<T>;
  /** The chunk once loaded, else undefined. */
  readonly loaded: T | undefined;
}

export function lazyChunk<T>(importer: () => Promise<T>): LazyChunk<T> {
  let loaded: T | undefined;
  let pending: Promise<T> | undefined;
  return {
    load() {
      pending ??= importer().then(
        (chunk) => (loaded = chunk),
        (error: unknown) => {
          pending = undefined;
          throw error;
        },
      );
      return pending;
    },
    get loaded() {
      return loaded;
    },
  };
}
