/**
 * CRC-32 (the IEEE 802.3 / zlib / PNG checksum: reflected polynomial 0xEDB88320, initial value and
 * final XOR 0xFFFFFFFF). Detects every error burst of up to 32 bits and all but 1 in 2^32 others;
 * share links carry it so a damaged link is refused instead of opening as another scenario.
 */

/** The 256-entry lookup table of the reflected polynomial, built once. */
const TABLE: Uint32Array = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** The CRC-32 of `bytes`, as an unsigned 32-bit integer (crc32 of "123456789" is 0xCBF43926). */
export function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
