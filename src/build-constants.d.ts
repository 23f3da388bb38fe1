/** Set by webpack's DefinePlugin from SEND_GUARD_BASE_URL: where the add-in's files are hosted, ending in a slash. */
declare const SEND_GUARD_BASE_URL: string;
