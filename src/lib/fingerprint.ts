/**
 * Fingerprints of the shareable copies: SHA-256 shown in groups of four characters so two people can
 * compare them aloud or side by side, and a check of a received file against the known copies.
 */

export interface KnownFile {
  name: string;
  sha256: string;
}

/** "ab12cd34…" → ["AB12", "CD34", …]; upper case reads more clearly aloud. */
export function groupFingerprint(hex: string): string[] {
  return (hex.toUpperCase().match(/.{1,4}/g) ?? []) as string[];
}

/** Hex SHA-256 of some bytes, with the browser's own crypto (works offline and from a local file). */
export async function sha256Hex(data: ArrayBuffer): Promise<string> {
  // A view, not the buffer itself: WebCrypto rejects buffers made by another realm (a file's bytes in
  // some embedded browsers and test environments), while a fresh Uint8Array over them is accepted.
  const digest = await crypto.subtle.digest('SHA-256', new Uint8Array(data));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Which known copy, if any, has exactly this fingerprint. */
export function matchKnown(hex: string, known: readonly KnownFile[]): KnownFile | null {
  const h = hex.toLowerCase();
  return known.find((k) => k.sha256.toLowerCase() === h) ?? null;
}
