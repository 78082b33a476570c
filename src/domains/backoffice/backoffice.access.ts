import type { Role } from '../../platform/http/access.plugin.js';

/** Staff: moderators and administrators share the back-office (every action is in the journal). */
export const STAFF: readonly Role[] = ['moderateur', 'administrateur'];

export const isAdministrator = (viewer: { roles: readonly string[] } | null): boolean => viewer?.roles.includes('administrateur') ?? false;
