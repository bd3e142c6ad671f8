/** One error for every failed call: the API's `code`, `message` and `details`, the status and the request id. */
export class KeywardApiError extends Error {
  public constructor(
    public readonly status: number,
    public readonly code: string,
    message: string,
    public readonly details: readonly { readonly path: string; readonly message: string }[] = [],
    public readonly requestId?: string,
  ) {
    super(message);
    this.name = 'KeywardApiError';
  }

  /** Builds the error from a failed response; bodies that are not the API's error shape still give one. */
  public static async from(response: Response): Promise<KeywardApiError> {
    const text = await response.text().catch(() => '');
    let body: { code?: unknown; message?: unknown; details?: unknown; requestId?: unknown } = {};
    try {
      body = JSON.parse(text);
    } catch {
      // Not JSON (e.g. a proxy's page): fall back to the status line.
    }
    return new KeywardApiError(
      response.status,
      typeof body.code === 'string' ? body.code : `http_${response.status}`,
      typeof body.message === 'string' ? body.message : `${response.status} ${response.statusText}`.trim(),
      Array.isArray(body.details) ? body.details : [],
      typeof body.requestId === 'string'
        ? body.requestId
        : (response.headers.get('x-request-id') ?? undefined),
    );
  }
}
