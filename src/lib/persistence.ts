/**
 * Whether user data may be written to the browser's storage at all. Its own tiny module so the entry can
 * set it before the first render without loading any storage code (that loads later, on first use).
 */
let allowed = true;

/**
 * The one-file copy opened from a phone's storage shares its storage with every other local HTML file
 * (all file:// pages are one origin): there data stays in memory unless the person chose otherwise.
 */
export function setPersistence(value: boolean): void {
  allowed = value;
}

export function isPersistenceAllowed(): boolean {
  return allowed;
}
