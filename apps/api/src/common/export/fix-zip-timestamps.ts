/**
 * Sets the modification time of every entry of a ZIP archive (local headers and central directory) to one
 * fixed instant, so that an Office document packed twice from the same content is byte-for-byte identical.
 * The DOS time is taken in UTC, never in the server's time zone. Contents, CRCs and sizes are untouched.
 */
export function fixZipTimestamps(zip: Buffer, at: Date): Buffer {
  const out = Buffer.from(zip);
  const eocd = findEndOfCentralDirectory(out);
  const entries = out.readUInt16LE(eocd + 10);
  let offset = out.readUInt32LE(eocd + 16);
  const year = Math.min(Math.max(at.getUTCFullYear(), 1980), 2107);
  const dosTime = (at.getUTCHours() << 11) | (at.getUTCMinutes() << 5) | (at.getUTCSeconds() >> 1);
  const dosDate = ((year - 1980) << 9) | ((at.getUTCMonth() + 1) << 5) | at.getUTCDate();
  for (let i = 0; i < entries; i++) {
    if (out.readUInt32LE(offset) !== 0x02014b50) throw new Error('zip: bad central directory header');
    out.writeUInt16LE(dosTime, offset + 12);
    out.writeUInt16LE(dosDate, offset + 14);
    const local = out.readUInt32LE(offset + 42);
    if (out.readUInt32LE(local) !== 0x04034b50) throw new Error('zip: bad local file header');
    out.writeUInt16LE(dosTime, local + 10);
    out.writeUInt16LE(dosDate, local + 12);
    offset += 46 + out.readUInt16LE(offset + 28) + out.readUInt16LE(offset + 30) + out.readUInt16LE(offset + 32);
  }
  return out;
}

function findEndOfCentralDirectory(buf: Buffer): number {
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) return i;
  }
  throw new Error('zip: end of central directory not found');
}
