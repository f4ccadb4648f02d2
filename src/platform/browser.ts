/**
 * The one importer of webextension-polyfill (DESIGN.md §4): everything else asks this module for
 * browser APIs, so unit tests mock one file and the rest of the code stays browser-agnostic.
 */
import browser from 'webextension-polyfill';

export type { Runtime, Tabs } from 'webextension-polyfill';

export const runtime = browser.runtime;
export const storage = browser.storage;
export const tabs = browser.tabs;
export const action = browser.action;
export const commands = browser.commands;
