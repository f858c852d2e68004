/** The canonical digest moved to the core (the export files' key needs it too): src/core/stable-digest.ts. */
export { canonicalText, stableDigest, updateDigest } from '../../core/stable-digest.ts';
