/**
 * The `documents` collection (MDX bodies of SOPs and pages) by id, read once per build so that a
 * page looks its body up in constant time instead of searching the collection.
 */
import { getCollection, type CollectionEntry } from 'astro:content';

type Document = CollectionEntry<'documents'>;

let documents: Promise<Map<string, Document>> | undefined;

export async function getDocument(id: string): Promise<Document> {
  documents ??= getCollection('documents').then((list) => new Map(list.map((d) => [d.id, d])));
  const doc = (await documents).get(id);
  if (!doc) throw new Error(`The document "${id}" is in the handbook model but not in the documents collection; check src/content.config.ts.`);
  return doc;
}
