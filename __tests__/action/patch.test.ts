import { describe, expect, it } from 'vitest';
import { addedLines } from '../../src/action/patch.js';

describe('addedLines', () => {
  it('numbers added lines on the new side across hunks, skipping removed ones', () => {
    const patch = [
      '@@ -1,4 +1,5 @@',
      ' services:',
      '   web:',
      '-    image: nginx:1.25',
      '+    image: nginx:1.27',
      '+    ports: ["251:80"]',
      '     restart: always',
      '@@ -20,2 +21,3 @@ services:',
      '   db:',
      '+    expose: [5432]',
      '     image: postgres',
      '\\ No newline at end of file',
    ].join('\n');
    expect([...addedLines(patch)]).toEqual([
      [3, '    image: nginx:1.27'],
      [4, '    ports: ["251:80"]'],
      [22, '    expose: [5432]'],
    ]);
  });

  it('reads a new file from line 1, and nothing from no patch', () => {
    expect([...addedLines('@@ -0,0 +1,2 @@\n+a\n+b')]).toEqual([
      [1, 'a'],
      [2, 'b'],
    ]);
    expect(addedLines(undefined).size).toBe(0);
    expect(addedLines('Binary files differ').size).toBe(0);
  });
});
