/** Calendar (agenda, .ics import/export): channels are added by the calendar feature. */
export const calendarChannels = {} as const;
