import { createHash } from 'node:crypto'
import { readFile, stat } from 'node:fs/promises'
import { basename } from 'node:path'
import { formatBytes } from '../../shared/import/import-file'
import { FileRefusedError } from './file-refused'

/**
 * Reads a UTF-8 text file the careful way: its size is checked before a byte is read (a 2 GB file is refused
 * without reading it), the bytes are read once and hashed as read, a UTF-8 byte order mark (as Notepad
 * writes it) is dropped, and bytes that are not UTF-8 are refused with where they are: decoding them as
 * U+FFFD would change the file on the next save without a word.
 */
export interface TextRead {
  text: string
  /** SHA-256 of the file's bytes as they are on disk (with any byte order mark). */
  hash: string
}

const byteOrderMark = [0xef, 0xbb, 0xbf]

/** The byte offset of the first bytes in `bytes` that are not UTF-8; null when all of it is. */
export function firstInvalidUtf8Offset(bytes: Uint8Array): number | null {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes)
    return null
  } catch {
    return invalidOffsetIn(bytes)
  }
}

/** Where the first bad sequence of `bytes` (known not to be UTF-8) starts. */
function invalidOffsetIn(bytes: Uint8Array): number {
  // Decoded leniently, each bad sequence becomes U+FFFD; a U+FFFD the file really holds is the bytes EF BF BD.
  const lenient = new TextDecoder('utf-8').decode(bytes)
  let offset = 0
  let from = 0
  for (let at = lenient.indexOf('\ufffd'); at !== -1; at = lenient.indexOf('\ufffd', at + 1)) {
    offset += Buffer.byteLength(lenient.slice(from, at), 'utf8')
    if (bytes[offset] !== 0xef || bytes[offset + 1] !== 0xbf || bytes[offset + 2] !== 0xbd) return offset
    offset += 3
    from = at + 1
  }
  return bytes.length
}

/** The text of UTF-8 `bytes`, without a byte order mark; throws `FileRefusedError` for bytes that are not UTF-8. */
export function decodeUtf8(bytes: Uint8Array, fileName: string): string {
  const start = byteOrderMark.every((byte, index) => bytes[index] === byte) ? byteOrderMark.length : 0
  const body = bytes.subarray(start)
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body)
  } catch {
    throw new FileRefusedError({ code: 'errorFileNotUtf8', params: { fileName, offset: invalidOffsetIn(body) + start } })
  }
}

/**
 * The text and hash of the file at `path`; throws `FileRefusedError` when it is over `maxBytes` (before
 * reading) or not UTF-8, and the file system's own error when it cannot be read (ENOENT included).
 */
export async function readTextFile(path: string, maxBytes: number): Promise<TextRead> {
  const { size } = await stat(path)
  if (size > maxBytes) throw new FileRefusedError({ code: 'errorProjectTooLarge', params: { size: formatBytes(size) } })
  const bytes = await readFile(path)
  // The file may have grown between stat and read: the limit holds for what was read.
  if (bytes.length > maxBytes) throw new FileRefusedError({ code: 'errorProjectTooLarge', params: { size: formatBytes(bytes.length) } })
  return { text: decodeUtf8(bytes, basename(path)), hash: createHash('sha256').update(bytes).digest('hex') }
}
