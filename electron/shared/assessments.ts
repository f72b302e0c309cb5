/** Assessments (Wheel of Life): channels are added by the assessments feature. */
export const assessmentChannels = {} as const;
