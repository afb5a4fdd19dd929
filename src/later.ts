/**
 * The parts of the popover its first screen does not need, in one file of their own: Quick edit,
 * Settings, the sign-out question and onboarding. The popover opens on every tray click, so what it
 * loads first is kept small; ./later-parts.ts loads these once, on first use or when idle.
 */
export { default as Onboarding } from './onboarding/Onboarding.svelte';
export { default as QuickEdit } from './quick-edit/QuickEdit.svelte';
export { default as SettingsDialog } from './settings/SettingsDialog.svelte';
export { default as SignOutConfirm } from './settings/SignOutConfirm.svelte';
