/**
 * pagedjs sizes each page's footnote area by setting `--pagedjs-footnotes-height` on the page's area after
 * every footnote it places, then reads the layout back. As an ordinary (inherited) custom property, each
 * change restyled every element of the page's text. Registered as not inherited, and taken over explicitly
 * only by the two boxes whose height uses it, a change restyles just those: about a third of the style
 * work of a 500-footnote export (issue 7's bench), with the same pages.
 */
export const footnoteHeightCss = `@property --pagedjs-footnotes-height { syntax: '<length>'; inherits: false; initial-value: 0px; }
.pagedjs_area > .pagedjs_page_content, .pagedjs_area > .pagedjs_footnote_area { --pagedjs-footnotes-height: inherit; }`
