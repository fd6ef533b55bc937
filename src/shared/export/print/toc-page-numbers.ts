/**
 * Contents page numbers (and those of cross-references to articles) written once, after pagedjs has laid out every page, instead of CSS
 * `target-counter()`. pagedjs resolves each target-counter entry after every page with a stylesheet rule
 * and a forced re-layout of the entry, and reads the computed style of every page so far: most of a plain
 * export's layout time for a 95-article contents. The number is the page's position, as `counter(page)`
 * gives for the running "page n of N" (the print view never resets the page counter).
 */

/** The attribute on each contents link that holds its target's page number (print.css shows it). */
export const tocPageAttribute = 'data-page'

/** Browser-side JavaScript (a function expression) that writes each contents link's page number. */
export const fillTocPageNumbersScript = `function () {
  document.querySelectorAll('.pagedjs_page .toc a[href^="#"], .pagedjs_page a.xref[href^="#"]').forEach(function (link) {
    var target = document.getElementById(decodeURIComponent(link.getAttribute('href').slice(1)));
    var page = target && target.closest('.pagedjs_page');
    if (page) link.setAttribute('${tocPageAttribute}', page.getAttribute('data-page-number'));
  });
}`
