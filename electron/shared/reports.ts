/** Hour reports (PDF, CSV, XLSX, employer letter): channels are added by the reports feature. */
export const reportChannels = {} as const;
