import { inflateRawSync } from 'node:zlib';
import { DocumentTextError } from './errors';
import type { ExtractionLimits } from './limits';

interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  /** What the archive claims; only ever used to refuse early, never to accept (liars are stopped while inflating). */
  readonly declaredSize: number;
  readonly localHeaderOffset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/**
 * A minimal ZIP reader for untrusted archives: it lists the central directory (at most `maxZipEntries` entries)
 * and inflates only the entries asked for, counting the bytes it produces WHILE inflating (zlib stops at the cap,
 * whatever the archive declares). An entry that itself declares more than the cap is refused before any inflating,
 * so an honest bomb costs nothing. Stored (0) and deflated (8) entries only; ZIP64 is refused.
 */
export class BoundedZipReader {
  private readonly view: DataView;
  private readonly entries = new Map<string, ZipEntry>();
  private inflatedTotal = 0;

  constructor(
    private readonly data: Uint8Array,
    private readonly limits: Pick<ExtractionLimits, 'maxEntryBytes' | 'maxTotalUncompressedBytes' | 'maxZipEntries'>,
  ) {
    this.view = new DataView(data.buffer, data.byteOffset, data.byteLength);
    this.readCentralDirectory();
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  /** The entry's bytes, or an error naming the cap (`entryBytes` or `totalBytes`) as soon as it is passed. */
  read(name: string): Uint8Array {
    const entry = this.entries.get(name);
    if (!entry) throw new DocumentTextError('CORRUPT', `missing ${name}`);
    const at = entry.localHeaderOffset;
    if (at + 30 > this.data.length || this.view.getUint32(at, true) !== LOCAL)
      throw new DocumentTextError('CORRUPT', 'bad local header');
    const start = at + 30 + this.view.getUint16(at + 26, true) + this.view.getUint16(at + 28, true);
    const end = start + entry.compressedSize;
    if (end > this.data.length) throw new DocumentTextError('CORRUPT', 'entry outside the archive');
    const raw = this.data.subarray(start, end);
    const remaining = this.limits.maxTotalUncompressedBytes - this.inflatedTotal;
    const entryCap = Math.min(this.limits.maxEntryBytes, remaining);
    const capName = this.limits.maxEntryBytes <= remaining ? 'entryBytes' : 'totalBytes';
    const capValue = capName === 'entryBytes' ? this.limits.maxEntryBytes : this.limits.maxTotalUncompressedBytes;
    if (entry.declaredSize > entryCap) throw DocumentTextError.limit(capName, capValue);
    let out: Uint8Array;
    if (entry.method === 0) {
      if (raw.length > entryCap) throw DocumentTextError.limit(capName, capValue);
      out = raw;
    } else if (entry.method === 8) {
      try {
        // maxOutputLength is checked after every 16 KB chunk zlib produces: a bomb stops at the cap.
        out = inflateRawSync(raw, { maxOutputLength: Math.max(1, entryCap) });
      } catch (e) {
        if ((e as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw DocumentTextError.limit(capName, capValue);
        throw new DocumentTextError('CORRUPT', e instanceof Error ? e.message : String(e));
      }
    } else {
      throw new DocumentTextError('CORRUPT', `compression method ${entry.method}`);
    }
    this.inflatedTotal += out.length;
    return out;
  }

  private readCentralDirectory(): void {
    const d = this.data;
    let eocd = -1;
    for (let i = d.length - 22; i >= Math.max(0, d.length - 22 - 0xffff); i--) {
      if (this.view.getUint32(i, true) === EOCD) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) throw new DocumentTextError('CORRUPT', 'no ZIP end of central directory');
    const count = this.view.getUint16(eocd + 10, true);
    const offset = this.view.getUint32(eocd + 16, true);
    if (count === 0xffff || offset === 0xffffffff)
      throw new DocumentTextError('CORRUPT', 'ZIP64 archives are not accepted');
    if (count > this.limits.maxZipEntries) throw DocumentTextError.limit('zipEntries', this.limits.maxZipEntries);
    let p = offset;
    const decoder = new TextDecoder('utf-8');
    for (let i = 0; i < count; i++) {
      if (p + 46 > d.length || this.view.getUint32(p, true) !== CENTRAL)
        throw new DocumentTextError('CORRUPT', 'bad central directory');
      const nameLength = this.view.getUint16(p + 28, true);
      const next = p + 46 + nameLength + this.view.getUint16(p + 30, true) + this.view.getUint16(p + 32, true);
      if (next > d.length) throw new DocumentTextError('CORRUPT', 'bad central directory');
      const name = decoder.decode(d.subarray(p + 46, p + 46 + nameLength));
      this.entries.set(name, {
        name,
        method: this.view.getUint16(p + 10, true),
        compressedSize: this.view.getUint32(p + 20, true),
        declaredSize: this.view.getUint32(p + 24, true),
        localHeaderOffset: this.view.getUint32(p + 42, true),
      });
      p = next;
    }
  }
}
