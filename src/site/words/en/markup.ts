/**
 * Words inside document bodies that the handbook adds (src/core/body/body-words.ts): the labels of
 * callouts (GitHub alerts `> [!NOTE]`, Hugo notices) and the mark of another tool's markup that
 * the handbook does not render.
 */

export const markup = {
  callout: {
    note: 'Note',
    tip: 'Tip',
    important: 'Important',
    warning: 'Warning',
    caution: 'Caution',
  },
  /** Before the name of a Hugo shortcode or template tag the handbook does not render. */
  unsupported: 'Not shown here:',
  /** The summary of folded details (Hugo's `details` shortcode) written without one. */
  details: 'Details',
};
