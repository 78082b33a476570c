import { formatDateTime } from '../../../../platform/html/components.js';
import { Notice } from '../../../../platform/html/forms.js';
import type { ScenarioListItem } from '../../storage/scenarios.repository.js';
import { NOT_AN_AUTHOR } from '../metadata-form.js';
import { EDITOR_HOME, EditorFrame, editorHref } from './editor-frame.js';

/** The scenarios this person may edit, with their status; create or import one. */
export function ScenariosListPage({ scenarios, author, notice }: { scenarios: ScenarioListItem[]; author: boolean; notice?: string }) {
  return (
    <EditorFrame title="Scénarios du simulateur">
      <p>Écrivez les entretiens du simulateur et des jeux sérieux : des étapes, des choix qui font bouger les compétences, des réponses écrites analysées, des fins. Les joueurs ont la version publiée.</p>
      {notice ? <Notice>{notice}</Notice> : null}
      {author ? null : <Notice type="info">{NOT_AN_AUTHOR}</Notice>}
      {!author ? null : <ul class="fr-btns-group fr-btns-group--inline-md fr-btns-group--icon-left">
        <li>
          <a class="fr-btn fr-icon-add-line" href={`${EDITOR_HOME}/nouveau`}>
            Nouveau scénario
          </a>
        </li>
        <li>
          <a class="fr-btn fr-btn--secondary fr-icon-upload-line" href={`${EDITOR_HOME}/importer`}>
            Importer un scénario (JSON)
          </a>
        </li>
      </ul>}
      {scenarios.length ? (
        <div class="fr-table">
          <div class="fr-table__wrapper">
            <div class="fr-table__container">
              <div class="fr-table__content">
                <table>
                  <caption>Scénarios que vous pouvez modifier</caption>
                  <thead>
                    <tr>
                      <th scope="col">Scénario</th>
                      <th scope="col">Auteur</th>
                      <th scope="col">Genre</th>
                      <th scope="col">Statut</th>
                      <th scope="col">Dernière modification</th>
                    </tr>
                  </thead>
                  <tbody>
                    {scenarios.map((scenario) => (
                      <tr key={scenario.id}>
                        <th scope="row">
                          <a href={editorHref(scenario.slug)}>{scenario.title}</a>
                        </th>
                        <td>{scenario.organisationName ?? 'Opérateur'}</td>
                        <td>{scenario.kind === 'entretien' ? 'Entretien' : 'Jeu sérieux'}</td>
                        <td>
                          {scenario.status === 'publie' ? `Publié (version ${scenario.publishedVersion})` : 'Brouillon'}
                          {scenario.latestVersion !== null && scenario.latestVersion !== scenario.publishedVersion ? `, version ${scenario.latestVersion} non publiée` : ''}
                        </td>
                        <td>{formatDateTime(scenario.updatedAt)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </div>
          </div>
        </div>
      ) : (
        <p>Aucun scénario pour le moment.</p>
      )}
    </EditorFrame>
  );
}
