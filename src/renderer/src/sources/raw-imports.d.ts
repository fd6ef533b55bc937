/** Vite's `?raw` imports: the file's text as a string (used for the CSL files in resources/csl). */
declare module '*?raw' {
  const text: string
  export default text
}
