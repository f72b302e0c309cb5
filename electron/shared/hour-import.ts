/** Importing an existing hour log (CSV, XLSX): channels are added by the import feature. */
export const hourImportChannels = {} as const;
