import { BackofficeLayout } from '../backoffice-layout.js';
import { DiffTable, EntryFacts } from './journal-entry.js';
import type { JournalLabels } from './journal.labels.js';
import type { JournalRow } from './journal.repository.js';

export function EntryPage({ entry, labels }: { entry: JournalRow; labels: JournalLabels }) {
  return (
    <BackofficeLayout section="journal" title={`Action n° ${entry.id}`} crumbs={[{ label: `Action n° ${entry.id}` }]}>
      <p class="fr-text--lead">{entry.summary}</p>
      <EntryFacts entry={entry} labels={labels} />
      <h2 class="fr-h4 fr-mt-4w">Avant et après</h2>
      {entry.before === null && entry.after === null ? <p>Cette action n’a pas enregistré de valeurs.</p> : <DiffTable entry={entry} all />}
      <p class="fr-mt-4w">
        <a class="fr-link fr-icon-arrow-left-line fr-link--icon-left" href="/administration/journal">
          Retour au journal
        </a>
      </p>
    </BackofficeLayout>
  );
}
