/**
 * Background entry. Every listener is registered synchronously at the top level: the service
 * worker may be killed at any moment and is woken by an event only if its listener was added in
 * the first turn of the script (https://developer.chrome.com/docs/extensions/develop/concepts/service-workers/events).
 * No state lives in globals; anything needed after a wake is in storage.
 */
import { action, commands, runtime, tabs, type Runtime } from '../platform/browser';
import { handlers } from './handlers';
import { routeMessage } from './router';
import { openFetchScope } from './services';
import { republishSettings } from './settings';
import { toggleSidebarInTab } from './toggle';

const own = { id: runtime.id, pagesUrl: runtime.getURL('') };
runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => routeMessage(message, sender, own, handlers, openFetchScope));

// Install and update: give content scripts their copy of the settings (kept in IndexedDB).
runtime.onInstalled.addListener(() => void republishSettings());

action.onClicked.addListener((tab) => toggleSidebarInTab(tab.id));

commands.onCommand.addListener(async (command) => {
  if (command !== 'toggle-sidebar') return;
  const [tab] = await tabs.query({ active: true, currentWindow: true });
  await toggleSidebarInTab(tab?.id);
});
