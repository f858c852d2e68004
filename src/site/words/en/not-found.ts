/** Words of the 404 page (src/pages/404.astro), which shows both languages at once. */

export const notFound = {
  title: 'Page not found',
  lead: 'There is no page at this address. It may have moved, or the link may be mistyped.',
  searchLabel: 'Search the handbook',
  searchButton: 'Search',
  placeholder: 'complaint, refund, training…',
  /** Text, link to the home page, text, link to the SOPs, text. */
  more: ['Or start from the ', 'home page', ' or the ', 'list of SOPs', '.'] as [string, string, string, string, string],
};

