/**
 * How much one source file may hold. The limits are far above what a handbook needs (the largest
 * synthetic handbook of the benchmark has measurement files of a few megabytes) and keep a
 * careless or malicious pull request from making the check or the build run out of time or memory.
 */
export const LIMITS = {
  /** Bytes in one file: larger files are not read. */
  fileBytes: 32 * 1024 * 1024,
  /** Characters in one line. */
  lineLength: 100_000,
  /** Entries of a measurement file (CSV rows or list entries under `measurements:`), or of a list file. */
  rows: 1_000_000,
  /**
   * Values a YAML document may expand to through aliases (`*name`), beyond the values written in
   * it: a few lines of nested aliases ("billion laughs") otherwise expand to billions of values.
   */
  yamlAliasExpansion: 10_000,
  /**
   * Bytes in one image or attachment published from `content/` or `public/` (a PNG, a PDF, a
   * form): enough for a scanned form or a photo, small enough that a Git repository and the built
   * site stay quick to copy. A larger file belongs in a document system, linked from the page.
   */
  assetBytes: 10 * 1024 * 1024,
} as const;
