import { type ComponentChildren, h } from 'preact';

/** The simulator's own styles (highlights of the analysed answers, the editor's rows): on every simulator page. */
export const SIMULATOR_STYLESHEET = '/static/css/simulator.css';

/** The `head` of a simulator page: its stylesheet, then the page's own elements. */
export function simulatorHead(...extra: ComponentChildren[]): ComponentChildren {
  return [h('link', { rel: 'stylesheet', href: SIMULATOR_STYLESHEET }), ...extra];
}
