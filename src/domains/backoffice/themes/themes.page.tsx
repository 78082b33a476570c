import { Notice } from '../../../platform/html/forms.js';
import { BackofficeLayout } from '../backoffice-layout.js';
import type { EditableTheme } from './themes.repository.js';

export function ThemesPage({ themes, notice }: { themes: EditableTheme[]; notice?: string }) {
  return (
    <BackofficeLayout section="thematiques" title="Thématiques">
      {notice ? <Notice>{notice}</Notice> : null}
      <p>Les textes des six thématiques, affichés sur la page d’accueil, la page « Thématiques » et la page de chaque thématique. Les modifications sont visibles aussitôt.</p>
      <div class="fr-table">
        <div class="fr-table__wrapper">
          <div class="fr-table__container">
            <div class="fr-table__content">
              <table>
                <caption>Les six thématiques, dans l’ordre d’affichage</caption>
                <thead>
                  <tr>
                    <th scope="col">Thématique</th>
                    <th scope="col">Résumé</th>
                    <th scope="col">Actions</th>
                  </tr>
                </thead>
                <tbody>
                  {themes.map((theme) => (
                    <tr key={theme.slug}>
                      <th scope="row">{theme.name}</th>
                      <td>{theme.summary}</td>
                      <td>
                        <a href={`/administration/thematiques/${theme.slug}`} aria-label={`Modifier la thématique « ${theme.name} »`}>
                          Modifier
                        </a>
                        <br />
                        <a href={`/thematiques/${theme.slug}`} aria-label={`Voir la page publique de la thématique « ${theme.name} »`}>
                          Voir la page
                        </a>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </div>
        </div>
      </div>
    </BackofficeLayout>
  );
}
