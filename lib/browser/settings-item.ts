// The storage key of the user's settings, apart from their schema so the content script needs no zod.
export const SETTINGS_KEY = 'settings';
