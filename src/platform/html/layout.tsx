import type { ComponentChildren } from 'preact';

export interface NavigationItem {
  label: string;
  href: string;
}

export interface SiteSettings {
  operatorName: string;
  navigation: readonly NavigationItem[];
}

export interface PageMeta {
  /** The page's own title; " | Emploi Store" is appended. */
  title: string;
  description?: string;
  /** Current path, to mark the active navigation link. */
  path: string;
  /** The search terms to show again in the header search box. */
  query?: string;
  canonical?: string;
  /** Extra elements for <head> (JSON-LD, robots…). */
  head?: ComponentChildren;
  /** Set by the renderer: who is logged in, and a CSRF token for the log-out form. */
  viewer?: { displayName: string; email: string } | null;
  csrfToken?: string;
}

function ToolsLinks({ meta }: { meta: PageMeta }) {
  return (
    <div class="fr-header__tools-links">
      <ul class="fr-btns-group">
        {meta.viewer ? (
          <>
            <li>
              <a class="fr-btn fr-icon-account-circle-line" href="/mon-espace">
                Mon espace
              </a>
            </li>
            <li>
              <form method="post" action="/deconnexion" class="es-inline-form">
                <input type="hidden" name="_csrf" value={meta.csrfToken ?? ''} />
                <button class="fr-btn fr-icon-logout-box-r-line" type="submit">
                  Se déconnecter
                </button>
              </form>
            </li>
          </>
        ) : (
          <>
            <li>
              <a class="fr-btn fr-icon-lock-line" href="/connexion">
                Se connecter
              </a>
            </li>
            <li>
              <a class="fr-btn fr-icon-account-line" href="/inscription">
                Créer un compte
              </a>
            </li>
          </>
        )}
      </ul>
    </div>
  );
}

const SITE_NAME = 'Emploi Store';

function isCurrent(itemHref: string, path: string): boolean {
  if (itemHref === '/') return path === '/';
  return path === itemHref || path.startsWith(`${itemHref}/`);
}

function Header({ settings, meta }: { settings: SiteSettings; meta: PageMeta }) {
  return (
    <header role="banner" class="fr-header">
      <div class="fr-header__body">
        <div class="fr-container">
          <div class="fr-header__body-row">
            <div class="fr-header__brand fr-enlarge-link">
              <div class="fr-header__brand-top">
                <div class="fr-header__logo">
                  <p class="fr-logo">
                    République
                    <br />
                    Française
                  </p>
                </div>
                <div class="fr-header__navbar">
                  <button class="fr-btn--search fr-btn" data-fr-opened="false" aria-controls="modal-search" title="Rechercher" type="button">
                    Rechercher
                  </button>
                  <button class="fr-btn--menu fr-btn" data-fr-opened="false" aria-controls="modal-menu" aria-haspopup="menu" id="button-menu" title="Menu" type="button">
                    Menu
                  </button>
                </div>
              </div>
              <div class="fr-header__service">
                <a href="/" title={`Accueil - ${SITE_NAME} - ${settings.operatorName}`}>
                  <p class="fr-header__service-title">{SITE_NAME}</p>
                </a>
                <p class="fr-header__service-tagline">Tous les services numériques pour l'emploi et la formation</p>
              </div>
            </div>
            <div class="fr-header__tools">
              <ToolsLinks meta={meta} />
              <div class="fr-header__search fr-modal" id="modal-search">
                <div class="fr-container fr-container-lg--fluid">
                  <button class="fr-btn--close fr-btn" aria-controls="modal-search" title="Fermer" type="button">
                    Fermer
                  </button>
                  <form action="/recherche" method="get" role="search" class="fr-search-bar" id="search-header" data-autocomplete="/api/v1/suggestions">
                    <label class="fr-label" for="search-header-input">
                      Rechercher un service
                    </label>
                    <input
                      class="fr-input"
                      placeholder="Rechercher un service, un métier…"
                      type="search"
                      id="search-header-input"
                      name="q"
                      value={meta.query ?? ''}
                      maxLength={200}
                      autocomplete="off"
                    />
                    <button class="fr-btn" title="Rechercher" type="submit">
                      Rechercher
                    </button>
                  </form>
                </div>
              </div>
            </div>
          </div>
        </div>
      </div>
      <div class="fr-header__menu fr-modal" id="modal-menu" aria-labelledby="button-menu">
        <div class="fr-container">
          <button class="fr-btn--close fr-btn" aria-controls="modal-menu" title="Fermer" type="button">
            Fermer
          </button>
          <div class="fr-header__menu-links"></div>
          <nav class="fr-nav" id="header-navigation" role="navigation" aria-label="Menu principal">
            <ul class="fr-nav__list">
              {settings.navigation.map((item) => (
                <li class="fr-nav__item" key={item.href}>
                  <a class="fr-nav__link" href={item.href} aria-current={isCurrent(item.href, meta.path) ? 'page' : undefined}>
                    {item.label}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        </div>
      </div>
    </header>
  );
}

function Footer({ settings }: { settings: SiteSettings }) {
  return (
    <footer class="fr-footer" role="contentinfo" id="footer">
      <div class="fr-container">
        <div class="fr-footer__body">
          <div class="fr-footer__brand fr-enlarge-link">
            <a href="/" title={`Retour à l'accueil - ${SITE_NAME}`}>
              <p class="fr-logo">
                République
                <br />
                Française
              </p>
            </a>
          </div>
          <div class="fr-footer__content">
            <p class="fr-footer__content-desc">
              {SITE_NAME} réunit les services numériques pour l'emploi et la formation proposés par {settings.operatorName} et
              ses partenaires publics et privés : MOOC, e-learning, jeux sérieux, simulateurs, applications et sites.
            </p>
          </div>
        </div>
        <div class="fr-footer__bottom">
          <ul class="fr-footer__bottom-list">
            <li class="fr-footer__bottom-item">
              <a class="fr-footer__bottom-link" href="/plan-du-site">
                Plan du site
              </a>
            </li>
            <li class="fr-footer__bottom-item">
              <a class="fr-footer__bottom-link" href="/accessibilite">
                Accessibilité : partiellement conforme
              </a>
            </li>
            <li class="fr-footer__bottom-item">
              <a class="fr-footer__bottom-link" href="/mentions-legales">
                Mentions légales
              </a>
            </li>
            <li class="fr-footer__bottom-item">
              <a class="fr-footer__bottom-link" href="/developpeurs">
                Développeurs et API
              </a>
            </li>
          </ul>
          <div class="fr-footer__bottom-copy">
            <p>Sauf mention contraire, les contenus de ce site sont sous licence Etalab 2.0.</p>
          </div>
        </div>
      </div>
    </footer>
  );
}

/** The DSFR page frame: skip links, header with search, main content, footer. */
export function Layout({ settings, meta, children }: { settings: SiteSettings; meta: PageMeta; children: ComponentChildren }) {
  const title = meta.title === SITE_NAME ? SITE_NAME : `${meta.title} | ${SITE_NAME}`;
  return (
    <html lang="fr" data-fr-scheme="light">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no" />
        <title>{title}</title>
        {meta.description ? <meta name="description" content={meta.description} /> : null}
        {meta.canonical ? <link rel="canonical" href={meta.canonical} /> : null}
        <meta name="theme-color" content="#000091" />
        <link rel="stylesheet" href="/dsfr/dsfr.min.css" />
        <link rel="stylesheet" href="/dsfr/utility/icons/icons.min.css" />
        <link rel="stylesheet" href="/static/css/app.css" />
        <link rel="icon" href="/dsfr/favicon/favicon.svg" type="image/svg+xml" />
        {meta.head}
      </head>
      <body>
        <div class="fr-skiplinks">
          <nav class="fr-container" role="navigation" aria-label="Accès rapide">
            <ul class="fr-skiplinks__list">
              <li>
                <a class="fr-link" href="#contenu">
                  Contenu
                </a>
              </li>
              <li>
                <a class="fr-link" href="#header-navigation">
                  Menu
                </a>
              </li>
              <li>
                <a class="fr-link" href="#search-header-input">
                  Recherche
                </a>
              </li>
              <li>
                <a class="fr-link" href="#footer">
                  Pied de page
                </a>
              </li>
            </ul>
          </nav>
        </div>
        <Header settings={settings} meta={meta} />
        <main role="main" id="contenu" tabIndex={-1}>
          {children}
        </main>
        <Footer settings={settings} />
        <script type="module" src="/dsfr/dsfr.module.min.js"></script>
        <script noModule src="/dsfr/dsfr.nomodule.min.js"></script>
        <script type="module" src="/static/js/app.js"></script>
      </body>
    </html>
  );
}
