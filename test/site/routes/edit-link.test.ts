import { describe, expect, it } from 'vitest';
import { editUrl } from '../../../src/site/routes/edit-link.ts';

describe('edit link', () => {
  it('appends the source path to the configured repository URL', () => {
    expect(editUrl('content/sops/customer-service/SOP-CS-001.mdx', 'https://github.com/org/handbook/edit/main/')).toBe(
      'https://github.com/org/handbook/edit/main/content/sops/customer-service/SOP-CS-001.mdx',
    );
    expect(editUrl('content/guides/a b.md', 'https://git.example.com/h/-/edit/main')).toBe('https://git.example.com/h/-/edit/main/content/guides/a%20b.md');
  });

  it('is omitted when no repository URL is configured', () => {
    expect(editUrl('content/x.md', '')).toBeUndefined();
    expect(editUrl('content/x.md', '  ')).toBeUndefined();
  });
});
