import type { VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';

/** Renders a full page (a <html> tree) with its doctype. Text is escaped by preact. */
export function renderDocument(page: VNode): string {
  return `<!DOCTYPE html>${renderToString(page)}`;
}

/** Serialises a value for a JSON-LD script element: `<` is escaped so no tag can close it. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}
