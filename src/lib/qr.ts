/**
 * A QR code as one SVG path, drawn on the phone with no network. lean-qr (3.6 KB gzip, MIT, maintained)
 * does the encoding; this only turns its modules into a path a screen or a printer draws crisply.
 */
import { correction, generate } from 'lean-qr';

/** `size` modules per side (without the quiet zone) and a path of 1×1 squares, one per dark module. */
export function qrPath(text: string): { size: number; d: string } {
  // Medium error correction: survives a cracked screen or a photo of a photo, and stays small.
  const code = generate(text, { minCorrectionLevel: correction.M });
  let d = '';
  for (let y = 0; y < code.size; y++) {
    for (let x = 0; x < code.size; x++) {
      if (code.get(x, y)) d += `M${x} ${y}h1v1h-1z`;
    }
  }
  return { size: code.size, d };
}
