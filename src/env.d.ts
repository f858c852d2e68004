declare namespace App {
  /** Set once per request by src/middleware.ts; pages and components read them instead of fetching them. */
  interface Locals {
    /** The interface language of the page, from its URL (`/zh/…` is Chinese). */
    locale: import('./site/words/locale.ts').UiLocale;
    /** The words of that language (src/site/words): `Astro.locals.words.scorecards.page.title`. */
    words: import('./site/words/words.ts').Words;
    /** The handbook in force on the build date (src/site/stores/handbook.ts). */
    handbook: import('./core/model/handbook.ts').Handbook;
    /**
     * Set by a page that puts itself in the site search (its content has `data-pagefind-body`):
     * during the build, src/middleware.ts hands only such pages to Pagefind, without reading the
     * HTML of the others (lists, scorecards, pages in a language the text is not in).
     */
    searchIndexed?: boolean;
  }
}
