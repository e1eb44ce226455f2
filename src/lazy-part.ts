/**
 * A part of the widget that is its own chunk of the build, fetched the first time it is needed
 * (the embed stays small: the first question does not wait for the result's code). Loaded once;
 * a failed load is forgotten, so that the next try fetches again.
 */
export interface LazyPart<T> {
  load(): Promise<T>;
  /** The part once loaded, else undefined. */
  readonly loaded: T | undefined;
}

export function lazyPart<T>(importer: () => Promise<T>): LazyPart<T> {
  let loaded: T | undefined;
  let pending: Promise<T> | undefined;
  return {
    load() {
      pending ??= importer().then(
        (part) => (loaded = part),
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
