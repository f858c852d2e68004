declare namespace App {
  interface Locals {
    /**
     * Set by a page that puts itself in the site search (its content has `data-pagefind-body`):
     * during the build, src/middleware.ts hands only such pages to Pagefind, without reading the
     * HTML of the others (lists, scorecards, pages in a language the text is not in).
     */
    searchIndexed?: boolean;
  }
}
