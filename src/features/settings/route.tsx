// Lazy route module: loaded when /settings is first opened.
export { SettingsPage as Component } from './SettingsPage';
