/** Words of the tree of handbook pages on /pages/: folders as sections, with the pages in each. */

export const pageTree = {
  /** The name of the tree's navigation landmark. */
  label: 'Handbook pages by folder',
  /** How many pages a folder holds, its folders' included. */
  count: (n: number) => (n === 1 ? '1 page' : `${n.toLocaleString('en')} pages`),
  /** Before the list on /pages/, when there are folders. */
  intro: (pages: number, folders: number) => `${pages.toLocaleString('en')} ${pages === 1 ? 'page' : 'pages'} in ${folders.toLocaleString('en')} ${folders === 1 ? 'folder' : 'folders'}. Open a folder to see its pages.`,
};
