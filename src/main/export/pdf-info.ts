/**
 * Writes the PDF's document properties (title, author, subject, creator) as an incremental update: a new
 * Info dictionary, a one-entry cross-reference section and a trailer pointing back at the old one. The
 * printed bytes stay untouched, so nothing Chromium wrote (tags, outline, fonts) can be disturbed.
 * Chromium sets the title from <title> but has no author field; this fills both.
 */

export interface PdfInfo {
  title: string
  author: string
  subject?: string
  creator?: string
}

const latin1 = new TextDecoder('latin1')

/** A PDF text string: UTF-16BE with a byte-order mark, hex-encoded, so any script survives. */
export function pdfTextString(text: string): string {
  let hex = 'FEFF'
  for (let index = 0; index < text.length; index++) hex += text.charCodeAt(index).toString(16).padStart(4, '0').toUpperCase()
  return `<${hex}>`
}

function pdfDate(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0')
  return `(D:${date.getUTCFullYear()}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}Z)`
}

/** Returns `pdf` with an update appended that sets its document properties. */
export function setPdfInfo(pdf: Uint8Array, info: PdfInfo, now = new Date()): Uint8Array {
  // The last trailer and startxref sit in the final few kilobytes.
  const tail = latin1.decode(pdf.subarray(Math.max(0, pdf.length - 4096)))
  const startxref = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(tail)
  const trailerStart = tail.lastIndexOf('trailer')
  if (!startxref || trailerStart === -1) throw new RangeError('Not a PDF with a classic trailer')
  const trailer = tail.slice(trailerStart, startxref.index)
  const size = /\/Size\s+(\d+)/.exec(trailer)
  const root = /\/Root\s+(\d+\s+\d+\s+R)/.exec(trailer)
  if (!size || !root) throw new RangeError('The PDF trailer has no /Size or /Root')
  const objectNumber = Number(size[1])
  const fields = [
    `/Title ${pdfTextString(info.title)}`,
    `/Author ${pdfTextString(info.author)}`,
    info.subject ? `/Subject ${pdfTextString(info.subject)}` : '',
    `/Creator ${pdfTextString(info.creator ?? 'Glossa')}`,
    `/Producer ${pdfTextString('Glossa (Chromium)')}`,
    `/CreationDate ${pdfDate(now)}`,
    `/ModDate ${pdfDate(now)}`
  ].filter(Boolean)
  const separator = pdf[pdf.length - 1] === 0x0a ? '' : '\n'
  const objectOffset = pdf.length + separator.length
  const object = `${objectNumber} 0 obj\n<< ${fields.join(' ')} >>\nendobj\n`
  const xrefOffset = objectOffset + object.length
  const update =
    `${separator}${object}xref\n${objectNumber} 1\n${String(objectOffset).padStart(10, '0')} 00000 n \n` +
    `trailer\n<< /Size ${objectNumber + 1} /Root ${root[1]} /Info ${objectNumber} 0 R /Prev ${startxref[1]} >>\nstartxref\n${xrefOffset}\n%%EOF\n`
  const bytes = new Uint8Array(pdf.length + update.length)
  bytes.set(pdf)
  // The update is pure ASCII, so one byte per character.
  for (let index = 0; index < update.length; index++) bytes[pdf.length + index] = update.charCodeAt(index)
  return bytes
}
