import type { Db } from '../../../platform/db/database.js';

// Placeholder written by the lead: replaced by the helper who owns this file.
export async function seedDeveloperDemo(_db: Db): Promise<void> {}
