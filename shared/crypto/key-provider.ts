/**
 * Peppers are the HMAC keys that turn a token secret into the stored hash. They are versioned: new tokens
 * use the newest version, and every older version stays readable so rotation never invalidates a token.
 */
export interface Pepper {
  readonly version: number;
  readonly key: Buffer;
}

export interface KeyProvider {
  /** The pepper new hashes are made with. */
  currentPepper(): Promise<Pepper>;
  /** The pepper of a given version; throws when it is unknown. */
  pepper(version: number): Promise<Buffer>;
  /** The pepper, without waiting, once the provider has loaded (the verification hot path). */
  loadedPepper?(version: number): Buffer | undefined;
}

/** Thrown when a stored hash names a pepper version the provider does not have. */
export class UnknownPepperVersionError extends Error {
  public constructor(public readonly version: number) {
    super(`Pepper version ${version} is not available.`);
    this.name = 'UnknownPepperVersionError';
  }
}

/** Serves a fixed list of peppers; the building block of the file and KMS providers. */
export class StaticKeyProvider implements KeyProvider {
  readonly #byVersion: ReadonlyMap<number, Buffer>;
  readonly #current: Pepper;

  public constructor(peppers: readonly Pepper[]) {
    if (peppers.length === 0) throw new Error('At least one pepper is required.');
    this.#byVersion = new Map(peppers.map((pepper) => [pepper.version, pepper.key]));
    this.#current = peppers.reduce((newest, pepper) => (pepper.version > newest.version ? pepper : newest));
  }

  public async currentPepper(): Promise<Pepper> {
    return this.#current;
  }

  public async pepper(version: number): Promise<Buffer> {
    const key = this.#byVersion.get(version);
    if (key === undefined) throw new UnknownPepperVersionError(version);
    return key;
  }

  public loadedPepper(version: number): Buffer | undefined {
    return this.#byVersion.get(version);
  }
}

/** Resolves a provider once, on first use, and shares it (one KMS Decrypt per cold start). */
export class LazyKeyProvider implements KeyProvider {
  #loaded?: Promise<KeyProvider>;
  #ready?: KeyProvider;

  public constructor(private readonly load: () => Promise<KeyProvider>) {}

  public currentPepper(): Promise<Pepper> {
    return this.#provider().then((provider) => provider.currentPepper());
  }

  public pepper(version: number): Promise<Buffer> {
    return this.#provider().then((provider) => provider.pepper(version));
  }

  public loadedPepper(version: number): Buffer | undefined {
    return this.#ready?.loadedPepper?.(version);
  }

  #provider(): Promise<KeyProvider> {
    this.#loaded ??= this.load().then(
      (provider) => {
        this.#ready = provider;
        return provider;
      },
      (error: unknown) => {
        // A failed load (e.g. KMS throttled) must not poison every later invocation of a warm container.
        this.#loaded = undefined;
        throw error;
      },
    );
    return this.#loaded;
  }
}
