/** The address a participant opens (typed, or read from the QR code). */
export function joinUrl(code: string, origin: string = globalThis.location.origin): string {
  return `${origin}/join/${encodeURIComponent(code)}`;
}
