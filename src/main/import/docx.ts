import mammoth from 'mammoth'

/** Reads a DOCX with mammoth as HTML, which keeps its headings, paragraphs and numbered lists apart. */
export async function docxToHtml(bytes: Uint8Array): Promise<string> {
  const result = await mammoth.convertToHtml({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) })
  return result.value
}
