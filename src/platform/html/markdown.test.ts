import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { markdownToText, renderMarkdown } from './markdown.js';

describe('markdown', () => {
  test('renders lists, emphasis and links, with headings shifted under the page headings', () => {
    const html = renderMarkdown('## Pour qui ?\n\n- **un** point\n- [lien](https://a.example/)');
    assert.equal(html, '<h3>Pour qui ?</h3>\n<ul>\n<li><strong>un</strong> point</li>\n<li><a href="https://a.example/" rel="noopener noreferrer nofollow">lien</a></li>\n</ul>\n');
  });

  const attacks = [
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '[x](javascript:alert(1))',
    '[x](JAVASCRIPT:alert(1))',
    '[x](  javascript:alert(1))',
    '[x](vbscript:msgbox(1))',
    '[x](data:text/html;base64,PHNjcmlwdD4=)',
    '<a href="jav&#x09;ascript:alert(1)">x</a>',
    '<svg onload=alert(1)>',
    '<iframe src="https://evil.example"></iframe>',
    '<p style="background:url(javascript:alert(1))">x</p>',
    '<form action="https://evil.example"><button>ok</button></form>',
  ];
  for (const attack of attacks) {
    test(`neutralises ${attack}`, () => {
      const html = renderMarkdown(attack);
      assert.doesNotMatch(html, /<script|onerror|onload|javascript:|vbscript:|data:text|<iframe|<svg|style=|<form/i, html);
    });
  }

  test('plain text for meta descriptions', () => {
    assert.equal(markdownToText('# Titre\n\nUn **texte** <b>gras</b>.'), 'Titre Un texte gras.');
  });
});
