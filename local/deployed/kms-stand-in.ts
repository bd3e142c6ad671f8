import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';

/**
 * KMS's part: symmetric keys by ARN, each with key material derived from one local master secret, and the
 * three operations Keyward calls — GenerateDataKey, Decrypt and Encrypt — with encryption contexts bound
 * as AAD, so a ciphertext decrypts only under its own key and context, as with KMS.
 */

export class KmsError extends Error {
  public constructor(
    public readonly type: string,
    message: string,
  ) {
    super(message);
  }
}

const VERSION = 1;

const contextOf = (context: Record<string, string> | undefined): Buffer =>
  Buffer.from(JSON.stringify(Object.entries(context ?? {}).sort(([a], [b]) => (a < b ? -1 : 1))));

export class KmsStandIn {
  readonly #master: Buffer;
  readonly #keys: ReadonlyMap<string, string>;

  /** `keyArns`: the deployment's keys; a key is named by its ARN or its id. */
  public constructor(master: Buffer, keyArns: readonly string[]) {
    this.#master = master;
    this.#keys = new Map(
      keyArns.flatMap((arn) => [[arn, arn] as const, [arn.split('/').pop()!, arn] as const]),
    );
  }

  /** The key's ARN, or NotFoundException. */
  public keyArnOf(keyId: string | undefined): string {
    const arn = this.#keys.get(keyId ?? '');
    if (arn === undefined) throw new KmsError('NotFoundException', `Key '${keyId}' does not exist`);
    return arn;
  }

  /** The key ARN a ciphertext was made under (to check the caller's permission before decrypting). */
  public keyArnOfCiphertext(blob: Buffer): string {
    if (blob[0] !== VERSION || blob.length < 3)
      throw new KmsError('InvalidCiphertextException', 'Not a ciphertext');
    const length = blob.readUInt16BE(1);
    return this.keyArnOf(blob.subarray(3, 3 + length).toString());
  }

  public encrypt(keyArn: string, plaintext: Buffer, context?: Record<string, string>): Buffer {
    const arn = Buffer.from(keyArn);
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.#materialOf(keyArn), iv);
    cipher.setAAD(contextOf(context));
    const sealed = Buffer.concat([cipher.update(plaintext), cipher.final()]);
    const header = Buffer.alloc(3);
    header[0] = VERSION;
    header.writeUInt16BE(arn.length, 1);
    return Buffer.concat([header, arn, iv, cipher.getAuthTag(), sealed]);
  }

  public decrypt(blob: Buffer, context?: Record<string, string>): { keyArn: string; plaintext: Buffer } {
    const keyArn = this.keyArnOfCiphertext(blob);
    const start = 3 + Buffer.byteLength(keyArn);
    const decipher = createDecipheriv(
      'aes-256-gcm',
      this.#materialOf(keyArn),
      blob.subarray(start, start + 12),
    );
    decipher.setAAD(contextOf(context));
    decipher.setAuthTag(blob.subarray(start + 12, start + 28));
    try {
      return {
        keyArn,
        plaintext: Buffer.concat([decipher.update(blob.subarray(start + 28)), decipher.final()]),
      };
    } catch {
      throw new KmsError(
        'InvalidCiphertextException',
        'The ciphertext or its encryption context is not valid',
      );
    }
  }

  #materialOf(keyArn: string): Buffer {
    return createHmac('sha256', this.#master).update(keyArn).digest();
  }
}
