import { tabs } from '../platform/browser';
import type { TabMessage } from '../protocol/messages';

/**
 * Ask the tab's content script to show or hide the sidebar. Tabs without our content script
 * (any page we do not annotate) have no listener; that rejection is expected and ignored.
 */
export async function toggleSidebarInTab(tabId: number | undefined): Promise<void> {
  if (tabId === undefined) return;
  const message: TabMessage = { type: 'sidebar.toggle' };
  await tabs.sendMessage(tabId, message).catch(() => undefined);
}
