import { analyse } from 'chardet'

/**
 * Decodes a text file's bytes: a byte-order mark decides (UTF-8, UTF-16 LE/BE); without one, valid UTF-8
 * is UTF-8, and anything else is handed to chardet, which tells Windows-1251 (and the other Cyrillic code
 * pages) from Latin ones. Returns undefined for bytes that are not text at all.
 */

export interface DecodedText {
  text: string
  encoding: string
}

/** Encodings chardet may name that TextDecoder reads; the first one it names from this list wins. */
const knownEncodings = new Set(['windows-1251', 'koi8-r', 'ibm866', 'iso-8859-5', 'windows-1252', 'iso-8859-1', 'utf-16le', 'utf-16be'])

/** A NUL byte in the first 8 KB is the classic sign of a binary file (git uses the same test). */
function looksBinary(bytes: Uint8Array): boolean {
  return bytes.subarray(0, 8192).includes(0)
}

/** Decodes bytes to text, or undefined if they look binary. */
export function decodeText(bytes: Uint8Array): DecodedText | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'UTF-16LE' }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'UTF-16BE' }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'UTF-8' }
  if (looksBinary(bytes)) return undefined
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' }
  } catch {
    // Not UTF-8: an older single-byte code page, most often Windows-1251 for Russian and Kazakh.
  }
  const guess = analyse(bytes)
    .map((candidate) => candidate.name.toLowerCase())
    .find((name) => knownEncodings.has(name))
  const encoding = guess ?? 'windows-1251'
  return { text: new TextDecoder(encoding).decode(bytes), encoding: encoding.toUpperCase() }
}
