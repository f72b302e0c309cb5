/** The Coachbook mark: an open book whose spine is a rising path. Inline SVG, no remote assets. */
export function Logo({ size = 28 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect x="1" y="1" width="30" height="30" rx="8" fill="var(--accent)" />
      <path
        d="M7 10.5c3-1.2 6-1.2 9 .8 3-2 6-2 9-.8V23c-3-1.2-6-1.2-9 .8-3-2-6-2-9-.8z"
        fill="var(--accent-contrast)"
        opacity=".95"
      />
      <path d="M16 11.3V23.8" stroke="var(--accent)" strokeWidth="1.4" />
      <path
        d="M9.5 19.5l3-3 2 1.6 3.6-4.3"
        stroke="var(--accent)"
        strokeWidth="1.6"
        fill="none"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
