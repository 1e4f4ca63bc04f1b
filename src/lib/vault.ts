/**
 * Passphrase encryption for incident records, with WebCrypto only (no library ships).
 *
 * A key is derived from the passphrase with PBKDF2-SHA-256 and a random salt, and every value is sealed
 * with AES-GCM under a fresh random IV. The passphrase and the key are never stored: what is stored is the
 * salt, the iteration count and a sealed check value, so a wrong passphrase can be told apart from a right
 * one before any record is touched.
 */

/** OWASP's 2023 figure for PBKDF2-HMAC-SHA256. A cheap phone takes a second or two: shown as "unlocking". */
export const KDF_ITERATIONS = 600_000;
/** Passphrases shorter than this are refused: PBKDF2 slows guessing down, it cannot save "1234". */
export const MIN_PASSPHRASE = 8;

const CHECK = 'aman-vault-check-v1';

/** A sealed value: AES-GCM ciphertext with its tag, and the IV it was sealed with. */
export interface Sealed {
  iv: Uint8Array;
  data: Uint8Array;
}

/** What is stored to recognise the right passphrase: nothing in it reveals the passphrase or the key. */
export interface VaultMeta {
  v: 1;
  salt: Uint8Array;
  iterations: number;
  check: Sealed;
}

/** The passphrase did not open the vault (or the data was altered): nothing was changed. */
export class WrongPassphrase extends Error {
  constructor() {
    super('wrong passphrase');
  }
}

const subtle = () => globalThis.crypto.subtle;
const random = (n: number) => globalThis.crypto.getRandomValues(new Uint8Array(n));

/**
 * Kazakh letters can be typed as one code point or as a letter plus a combining mark, depending on the
 * keyboard: the same passphrase must give the same key on any phone, so it is normalised first.
 */
export function normalizePassphrase(passphrase: string): string {
  return passphrase.normalize('NFC');
}

/** Derives the AES-GCM key. Not extractable: script on the page can use it but never read it out. */
export async function deriveKey(passphrase: string, salt: Uint8Array, iterations: number): Promise<CryptoKey> {
  const material = await subtle().importKey(
    'raw',
    new TextEncoder().encode(normalizePassphrase(passphrase)),
    'PBKDF2',
    false,
    ['deriveKey'],
  );
  return subtle().deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

/**
 * Seals a JSON-serialisable value. `label` is bound to the ciphertext (AES-GCM additional data), so a
 * sealed record cannot be moved under another record's id without failing to open.
 */
export async function seal(key: CryptoKey, value: unknown, label: string): Promise<Sealed> {
  const iv = random(12);
  const plain = new TextEncoder().encode(JSON.stringify(value));
  const data = await subtle().encrypt(
    { name: 'AES-GCM', iv: iv as BufferSource, additionalData: new TextEncoder().encode(label) },
    key,
    plain,
  );
  return { iv, data: new Uint8Array(data) };
}

/** Opens a sealed value; throws WrongPassphrase when the key or the label does not match. */
export async function unseal(key: CryptoKey, sealed: Sealed, label: string): Promise<unknown> {
  let plain: ArrayBuffer;
  try {
    plain = await subtle().decrypt(
      { name: 'AES-GCM', iv: sealed.iv as BufferSource, additionalData: new TextEncoder().encode(label) },
      key,
      sealed.data as BufferSource,
    );
  } catch {
    throw new WrongPassphrase();
  }
  return JSON.parse(new TextDecoder().decode(plain));
}

/** Sets up a new vault for `passphrase`: the metadata to store and the key to use now. */
export async function createVault(
  passphrase: string,
  iterations = KDF_ITERATIONS,
): Promise<{ meta: VaultMeta; key: CryptoKey }> {
  if (normalizePassphrase(passphrase).length < MIN_PASSPHRASE) throw new RangeError('passphrase too short');
  if (iterations < KDF_ITERATIONS) throw new RangeError('too few iterations');
  const salt = random(16);
  const key = await deriveKey(passphrase, salt, iterations);
  const check = await seal(key, CHECK, 'check');
  return { meta: { v: 1, salt, iterations, check }, key };
}

/** Derives the key for `passphrase` and proves it right against the stored check; else WrongPassphrase. */
export async function unlockVault(meta: VaultMeta, passphrase: string): Promise<CryptoKey> {
  const key = await deriveKey(passphrase, meta.salt, meta.iterations);
  if ((await unseal(key, meta.check, 'check')) !== CHECK) throw new WrongPassphrase();
  return key;
}

/**
 * Whether a value is a Uint8Array, from any realm: a structured clone (IndexedDB) may hand back one made by
 * another global object, which `instanceof` would refuse.
 */
function isBytes(value: unknown): value is Uint8Array {
  return ArrayBuffer.isView(value) && Object.prototype.toString.call(value) === '[object Uint8Array]';
}

/** Whether a stored value has the shape of vault metadata (storage can hold anything an old build wrote). */
export function isVaultMeta(value: unknown): value is VaultMeta {
  const m = value as Partial<VaultMeta> | null;
  return (
    !!m &&
    m.v === 1 &&
    isBytes(m.salt) &&
    // Any count is read (a later Aman may raise it); only createVault insists on the minimum.
    Number.isInteger(m.iterations) &&
    m.iterations! >= 1 &&
    isSealed(m.check)
  );
}

/** Whether a stored value has the shape of a sealed value. */
export function isSealed(value: unknown): value is Sealed {
  const s = value as Partial<Sealed> | null;
  return !!s && isBytes(s.iv) && isBytes(s.data);
}
