/** The shape every language's dictionary has: the English one's (each other language is checked against it). */
import type { en } from './en/index.ts';

export type Words = typeof en;
