import type { InboxResult } from './inbox';

/**
 * Called once after each inbox run that imported something, in the process that holds the tick
 * (the monthly report is generated there). A failure is the hook's own: it never fails the import.
 */
export interface AfterInboxHook {
  afterInbox(results: InboxResult[]): Promise<void>;
}
export const AFTER_INBOX_HOOK = Symbol('AFTER_INBOX_HOOK');
