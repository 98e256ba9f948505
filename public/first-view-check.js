// Runs in <head>, before the body is parsed, on a page whose #root holds the build's HTML of the article
// list at its default address (src/bin/prerender-site.ts; the address is this tag's data-path). Anywhere else, or
// for a reader whose own pages or corrections change the list (the flag src/data/library-store.ts keeps),
// that HTML must not be seen: <html> is marked and the style sheet hides it until the app draws the page.
(function () {
  var path = document.currentScript && document.currentScript.getAttribute('data-path');
  var ownData = false;
  try {
    ownData = window.localStorage.getItem('readout.has-library') === '1';
  } catch (error) {
    ownData = false;
  }
  if (path !== location.pathname || location.search !== '' || ownData) document.documentElement.setAttribute('data-first-view', 'elsewhere');
})();
