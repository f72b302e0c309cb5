/** The end of a settings form: the form-level error, the save button and the "saved" confirmation. */
export function SaveFooter({
  error,
  busy,
  saved,
  saveLabel,
  savedLabel,
}: {
  error: string | undefined;
  busy: boolean;
  saved: boolean;
  saveLabel: string;
  savedLabel: string;
}) {
  return (
    <>
      {error ? (
        <div className="form-error" role="alert">
          {error}
        </div>
      ) : null}
      <div className="settings-actions">
        <button type="submit" className="button primary" disabled={busy}>
          {saveLabel}
        </button>
        {saved ? (
          <span className="settings-saved" role="status">
            {savedLabel}
          </span>
        ) : null}
      </div>
    </>
  );
}
