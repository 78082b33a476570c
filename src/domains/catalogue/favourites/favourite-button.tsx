import { CsrfField } from '../../../platform/html/forms.js';
import type { FavouriteState } from './favourites.context.js';

export interface FavouriteButtonProps {
  slug: string;
  name: string;
  isFavourite: boolean;
  csrfToken: string;
  returnPath: string;
  size?: 'sm' | 'md';
  /**
   * Inside another form (the search form), forms cannot nest: the button then submits the form
   * with this id, rendered after the outer form by FavouriteForms.
   */
  formId?: string;
}

const actionOf = (slug: string, isFavourite: boolean) => `/services/${slug}/favori${isFavourite ? '/retirer' : ''}`;

/** Adds or removes a favourite: a plain form (POST, CSRF) that comes back to the page it was on. */
export function FavouriteButton({ slug, name, isFavourite, csrfToken, returnPath, size = 'sm', formId }: FavouriteButtonProps) {
  const style = size === 'sm' ? 'fr-btn--sm fr-btn--tertiary-no-outline' : 'fr-btn--secondary';
  const button = (
    <button class={`fr-btn ${style} fr-btn--icon-left ${isFavourite ? 'fr-icon-heart-fill' : 'fr-icon-heart-line'}`} type="submit" form={formId}>
      {isFavourite ? 'Retirer des favoris' : 'Ajouter aux favoris'}
      <span class="fr-sr-only"> : {name}</span>
    </button>
  );
  if (formId) return button;
  return (
    <form method="post" action={actionOf(slug, isFavourite)} class="es-favourite-form">
      <CsrfField token={csrfToken} />
      <input type="hidden" name="retour" value={returnPath} />
      {button}
    </form>
  );
}

export const favouriteFormId = (slug: string) => `favori-${slug}`;

/** The forms that favourite buttons placed inside another form submit (see `formId`). */
export function FavouriteForms({ services, favourites }: { services: { id: number; slug: string }[]; favourites: FavouriteState | undefined }) {
  if (!favourites) return null;
  return (
    <>
      {services.map((service) => (
        <form method="post" action={actionOf(service.slug, favourites.ids.has(service.id))} id={favouriteFormId(service.slug)} key={service.slug}>
          <CsrfField token={favourites.csrfToken} />
          <input type="hidden" name="retour" value={favourites.returnPath} />
        </form>
      ))}
    </>
  );
}

/** For visitors: favourites need an account, so the button leads to the log-in page and back. */
export function FavouriteLogInLink({ returnPath }: { returnPath: string }) {
  return (
    <a class="fr-btn fr-btn--secondary fr-btn--icon-left fr-icon-heart-line" href={`/connexion?retour=${encodeURIComponent(returnPath)}`}>
      Ajouter aux favoris
      <span class="fr-sr-only"> (connexion nécessaire)</span>
    </a>
  );
}
