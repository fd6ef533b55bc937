/**
 * The welcome project's text, shown on first launch. It is written as a small legal text so that the
 * importer builds it like any other, and it demonstrates the structure Glossa recognises.
 */
export const welcomeText = `Welcome to Glossa

Preamble

Glossa is a workbench for reading, annotating and publishing legal texts. This short text is itself a small "law", so you can see how Glossa shows a structured document.

Part I. Getting started

Article 1. Import a legal text
1. Choose File › Import Text… (Ctrl+I) and pick the text as a web page (HTML), a Word file (DOCX), a PDF, a plain-text file or an Akoma Ntoso XML file, in Kazakh, Russian or English; or paste text copied from a website with Ctrl+Shift+V.
2. Glossa recognises the preamble, parts, chapters, articles and numbered clauses:
1) a heading such as "Part I" starts a part;
2) a heading such as "Article 12" starts an article;
3) a line such as "3." starts a numbered clause.
3. Before anything is created, Glossa shows a report of what it found.

Article 2. Find your way
1. The outline on the left lists the preamble, the parts and the articles; click one to jump to it.
2. Go to Article… (Ctrl+G) jumps straight to an article by its number.
3. Find (Ctrl+F) searches the whole text; the results are grouped by article.

Part II. Keeping your work

Article 3. Projects
1. A project is one file ending in .glossa. Save it with Ctrl+S and open it again with Ctrl+O.
2. Glossa never overwrites a file it cannot read: a damaged file is reported and left as it is.

Article 4. Correcting the text
1. The legal text is read-only while you annotate, so a stray key press cannot change the law.
2. Choose Edit Text (Ctrl+E) to correct a typing error, and choose it again to return to reading.
`
