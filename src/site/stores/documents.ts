/**
 * The MDX bodies of SOPs and pages by id (`sops/<area>/SOP-CS-001`, `quality-manual`), read once
 * per build so that a page looks its body up in constant time instead of searching a collection.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { onHandbookChange } from './reload.ts';

type Document = CollectionEntry<'sops'> | CollectionEntry<'pages'>;

let documents: Promise<Map<string, Document>> | undefined;
// The dev server: a file added, removed or renamed changes the collections.
onHandbookChange('documents', () => (documents = undefined));

export async function getDocument(id: string): Promise<Document> {
  documents ??= Promise.all([getCollection('sops'), getCollection('pages')]).then(
    ([sops, pages]) => new Map<string, Document>([...sops, ...pages].map((d) => [d.id, d])),
  );
  const doc = (await documents).get(id);
  if (!doc) throw new Error(`The document "${id}" is in the handbook model but not in the sops or pages collection; check src/content.config.ts.`);
  return doc;
}
