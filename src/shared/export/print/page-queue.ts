/**
 * pagedjs lays out one page per animation frame (its queue ticks with requestAnimationFrame). The app
 * prints from a hidden window, where Chromium throttles or stops animation frames (electron#9567, #31016):
 * the export would crawl or never finish. This makes the queue tick with a message to itself instead: a
 * task that runs at once, visible or not, and still lets the page handle events between pages.
 */

/** Browser-side JavaScript (a function expression) for PagedConfig.before: pagedjs's queue without frames. */
export const pageQueueWithoutFramesScript = `function () {
  var channel = new MessageChannel();
  var waiting = [];
  channel.port1.onmessage = function () { waiting.shift()(); };
  window.PagedPolyfill.chunker.q.tick = function (callback) {
    waiting.push(callback);
    channel.port2.postMessage(null);
  };
}`
