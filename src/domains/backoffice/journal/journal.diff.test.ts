import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { diffAudit, displayValue } from './journal.diff.js';

describe('audit diff', () => {
  test('compares field by field, with French labels and readable values', () => {
    const rows = diffAudit({ name: 'Se former', featured: false, themes: ['a', 'b'], contact: { phone: '01' } }, { name: 'Apprendre', featured: true, themes: ['a', 'b'], contact: { phone: '02' } });
    assert.deepEqual(rows, [
      { field: 'name', label: 'Nom', before: 'Se former', after: 'Apprendre', changed: true },
      { field: 'featured', label: 'À la une', before: 'Non', after: 'Oui', changed: true },
      { field: 'themes', label: 'themes', before: 'a, b', after: 'a, b', changed: false },
      { field: 'contact.phone', label: 'contact › phone', before: '01', after: '02', changed: true },
    ]);
  });

  test('a creation or a deletion shows the missing side as absent', () => {
    assert.deepEqual(diffAudit(null, { etat: 'Publié', motif: '' }), [
      { field: 'etat', label: 'État', before: '—', after: 'Publié', changed: true },
      { field: 'motif', label: 'Motif', before: '—', after: '(vide)', changed: true },
    ]);
    assert.deepEqual(diffAudit({ position: 2 }, undefined), [{ field: 'position', label: 'Position à la une', before: '2', after: '—', changed: true }]);
    assert.deepEqual(diffAudit('avant', 'après'), [{ field: 'valeur', label: 'valeur', before: 'avant', after: 'après', changed: true }]);
  });

  test('values: null, empty lists and nested objects in lists', () => {
    assert.equal(displayValue(null), '(vide)');
    assert.equal(displayValue([]), '(aucun)');
    assert.equal(displayValue([{ a: 1 }]), '{"a":1}');
  });
});
