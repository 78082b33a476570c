import type { ComponentChildren } from 'preact';
import { Breadcrumb, type Crumb } from '../../../../platform/html/components.js';

export const EDITOR_HOME = '/simulateur/edition';
export const editorHref = (slug: string) => `${EDITOR_HOME}/${slug}`;

/** A page of the scenario editor: breadcrumb (the scenario's overview when inside one), the h1, the content. */
export function EditorFrame({ title, scenario, current, children }: { title: string; scenario?: { slug: string; title: string }; current?: string; children: ComponentChildren }) {
  const crumbs: Crumb[] = [
    { label: 'Accueil', href: '/' },
    { label: 'Mon espace', href: '/mon-espace' },
    { label: 'Scénarios du simulateur', href: EDITOR_HOME },
  ];
  if (scenario) crumbs.push({ label: scenario.title, href: editorHref(scenario.slug) });
  if (current) crumbs.push({ label: current });
  else crumbs[crumbs.length - 1] = { label: crumbs.at(-1)!.label };
  return (
    <div class="fr-container fr-my-4w">
      <Breadcrumb crumbs={crumbs} />
      <h1>{title}</h1>
      {children}
    </div>
  );
}
