/**
 * The few Web-standard globals the pure core uses. Node and browsers both provide them; declaring them here
 * keeps the DOM library out of src/shared so that no DOM use can slip in.
 */
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean })
  readonly encoding: string
  decode(input?: ArrayBufferView | ArrayBuffer, options?: { stream?: boolean }): string
}

declare const crypto: { randomUUID(): string }
