import { formatDateTime } from '../../../platform/html/components.js';
import { diffAudit } from './journal.diff.js';
import type { JournalLabels } from './journal.labels.js';
import type { JournalRow } from './journal.repository.js';

/** Field-by-field table of an entry's before and after; only changed fields unless `all`. */
export function DiffTable({ entry, all = false }: { entry: JournalRow; all?: boolean }) {
  const rows = diffAudit(entry.before, entry.after).filter((row) => all || row.changed);
  if (!rows.length) return <p class="fr-text--sm fr-mb-0">Aucun champ modifié n’a été enregistré pour cette action.</p>;
  return (
    <div class="fr-table fr-table--sm fr-mb-0">
      <div class="fr-table__wrapper">
        <div class="fr-table__container">
          <div class="fr-table__content">
            <table>
              <caption class="fr-sr-only">{all ? 'Tous les champs enregistrés, avant et après' : 'Champs modifiés, avant et après'}</caption>
              <thead>
                <tr>
                  <th scope="col">Champ</th>
                  <th scope="col">Avant</th>
                  <th scope="col">Après</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.field}>
                    <th scope="row">
                      {row.label}
                      {all && row.changed ? <span class="fr-badge fr-badge--sm fr-badge--new fr-ml-1w">Modifié</span> : null}
                    </th>
                    <td class="es-mail-text">{row.before}</td>
                    <td class="es-mail-text">{row.after}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      </div>
    </div>
  );
}

/** Who, what, when and on what, as a description list. */
export function EntryFacts({ entry, labels }: { entry: JournalRow; labels: JournalLabels }) {
  const href = labels.subjectHref(entry.subject_kind, entry.subject_id);
  const subject = `${labels.subject(entry.subject_kind)}${entry.subject_id === null ? '' : ` ${entry.subject_id}`}`;
  return (
    <ul class="fr-text--sm fr-mb-1w es-inline-list">
      <li>
        Par <strong>{entry.actor_name}</strong>
        {entry.actor_account_id === null ? ' (compte supprimé)' : ''}, le <time dateTime={new Date(entry.created_at).toISOString()}>{formatDateTime(entry.created_at)}</time>
      </li>
      <li>Action : {labels.action(entry.action)}</li>
      <li>Sujet : {href ? <a href={href}>{subject}</a> : subject}</li>
    </ul>
  );
}
