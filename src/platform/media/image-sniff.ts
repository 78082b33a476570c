export type ImageFormat = 'png' | 'jpeg' | 'webp';

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const JPEG = Buffer.from([0xff, 0xd8, 0xff]);

/** The image format the first bytes announce (the declared type and the name are never trusted). */
export function sniffImageFormat(data: Buffer): ImageFormat | null {
  if (data.subarray(0, 8).equals(PNG)) return 'png';
  if (data.subarray(0, 3).equals(JPEG)) return 'jpeg';
  if (data.length >= 12 && data.toString('latin1', 0, 4) === 'RIFF' && data.toString('latin1', 8, 12) === 'WEBP') return 'webp';
  return null;
}

/**
 * An SVG (or any XML) document: text that starts, after a byte-order mark and blanks, with markup,
 * and opens an `<svg` element or an XML declaration in its first kilobytes. Binary images never start with `<`.
 */
export function looksLikeSvg(data: Buffer): boolean {
  const head = data.subarray(0, 4096).toString('latin1').replace(/^(\xef\xbb\xbf|\xfe\xff|\xff\xfe)/, '').trimStart().toLowerCase();
  if (!head.startsWith('<')) return false;
  return head.startsWith('<?xml') || head.includes('<svg');
}
