import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Agreement, AgreementStatus, SignatureParty } from '../../../electron/shared/agreements';
import type { Engagement } from '../../../electron/shared/engagements';
import { api, errorMessage, unwrap } from '../../api/client';
import { useAppStore } from '../../app/store';
import { Field } from '../../components/Field';
import { formatDay, formatNumber } from '../../i18n/format';
import { useFormErrors } from '../practice/useFormErrors';
import { AgreementText } from './AgreementText';
import { SignaturePad } from './SignaturePad';
import { StatusBadge } from './StatusBadge';

const today = () => new Date().toLocaleDateString('sv-SE');

export function AgreementEditor({ id }: { id: string }) {
  const { t } = useTranslation(['agreements', 'common']);
  const go = useAppStore((s) => s.go);
  const [agreement, setAgreement] = useState<Agreement | null>(null);
  const [engagement, setEngagement] = useState<Engagement | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const errors = useFormErrors();
  const headingRef = useRef<HTMLHeadingElement>(null);

  const [loadError, setLoadError] = useState<string | null>(null);

  // Land on the title, as on a client's or a session's page, so the keyboard starts at the top.
  const loaded = agreement !== null;
  useEffect(() => {
    if (loaded) headingRef.current?.focus({ preventScroll: true });
  }, [loaded]);

  useEffect(() => {
    (async () => {
      const a = await unwrap(api().agreements.get({ id }));
      const e = await unwrap(api().engagements.get({ id: a.engagementId }));
      // Together, so the signature forms mount with the participants' names already known.
      setEngagement(e);
      setAgreement(a);
    })().catch((e) => setLoadError(errorMessage(e)));
  }, [id]);

  // A status change swaps the buttons; if the one pressed is gone once that is drawn, the focus
  // would fall to the page body: keep it on the agreement's heading instead.
  const [settled, setSettled] = useState(0);
  useEffect(() => {
    if (settled > 0 && document.activeElement === document.body) {
      headingRef.current?.focus({ preventScroll: true });
    }
  }, [settled]);

  async function run(action: () => Promise<Agreement | null>, done?: string) {
    errors.clear();
    setNotice(null);
    try {
      const next = await action();
      if (next) setAgreement(next);
      if (done) setNotice(done);
      setSettled((n) => n + 1);
    } catch (e) {
      errors.fromError(e);
    }
  }

  if (!agreement) {
    return loadError ? (
      <div className="form-error" role="alert">
        {loadError}
      </div>
    ) : (
      <p className="muted">{t('common:state.loading')}</p>
    );
  }

  const setStatus = (status: AgreementStatus) =>
    run(() => unwrap(api().agreements.setStatus({ id, status })));
  const signedParties = new Set(agreement.signatures.map((s) => s.party));
  const allSigned = agreement.requiredParties.every((p) => signedParties.has(p));

  return (
    <div className="agreement-editor">
      <header className="page-header">
        <div>
          <button type="button" className="button ghost back" onClick={() => go('agreements')}>
            {t('editor.back')}
          </button>
          <h1 ref={headingRef} tabIndex={-1} dir="auto">
            {agreement.title}
          </h1>
          <p>
            {agreement.engagementTitle} · <StatusBadge status={agreement.status} />
          </p>
        </div>
        <div className="page-actions">
          <button
            type="button"
            className="button"
            onClick={() =>
              run(async () => {
                const path = await unwrap(api().agreements.exportPdf({ id }));
                if (path) setNotice(t('editor.pdfSaved', { path }));
                return null;
              })
            }
          >
            {t('editor.exportPdf')}
          </button>
          {agreement.status === 'draft' && (
            <button type="button" className="button" onClick={() => setStatus('sent')}>
              {t('editor.markSent')}
            </button>
          )}
          {agreement.status === 'sent' && (
            <button type="button" className="button" onClick={() => setStatus('draft')}>
              {t('editor.backToDraft')}
            </button>
          )}
          {(agreement.status === 'draft' || agreement.status === 'sent') && (
            <button
              type="button"
              className="button primary"
              disabled={!allSigned}
              onClick={() => setStatus('signed')}
            >
              {t('editor.markSigned')}
            </button>
          )}
          {agreement.status === 'signed' && (
            <button type="button" className="button" onClick={() => setStatus('ended')}>
              {t('editor.end')}
            </button>
          )}
        </div>
      </header>

      {notice ? (
        <div className="notice" role="status">
          {notice}
        </div>
      ) : null}
      {errors.formError || errors.fieldErrors.signatures || errors.fieldErrors.status ? (
        <div className="form-error" role="alert">
          {errors.formError ?? errors.fieldErrors.signatures ?? errors.fieldErrors.status}
        </div>
      ) : null}
      {agreement.unfilledFields.length > 0 ? (
        <div className="notice warning" role="note">
          {t('editor.unfilled', { fields: agreement.unfilledFields.join(', ') })}
        </div>
      ) : null}

      <div className="agreement-columns">
        {agreement.status === 'draft' ? (
          <DraftEditor agreement={agreement} onSaved={setAgreement} />
        ) : (
          <section className="card agreement-paper" aria-label={t('editor.textLabel')}>
            <AgreementText text={agreement.body} />
          </section>
        )}

        <aside className="agreement-side">
          <section className="card" aria-labelledby="signatures-heading">
            <h2 id="signatures-heading">{t('signatures.title')}</h2>
            {agreement.requiredParties.map((party) => {
              const signature = agreement.signatures.find((s) => s.party === party);
              return signature ? (
                <div key={party} className="signature-done">
                  <div className="muted">{t(`signatures.${party}.party`)}</div>
                  {signature.drawing ? (
                    <img src={signature.drawing} alt={t(`signatures.${party}.label`)} />
                  ) : null}
                  <div dir="auto">
                    <strong>{signature.signerName}</strong> · {formatDay(signature.signedOn)}
                  </div>
                </div>
              ) : agreement.status === 'signed' || agreement.status === 'ended' ? null : (
                <SignatureForm
                  key={party}
                  party={party}
                  defaultName={defaultSigner(
                    party,
                    engagement,
                    useAppStore.getState().profile?.coachName ?? '',
                  )}
                  onSign={(input) =>
                    run(() => unwrap(api().agreements.sign({ agreementId: id, party, ...input })))
                  }
                  error={errors.fieldErrors.signerName ?? errors.fieldErrors.signedOn}
                />
              );
            })}
          </section>

          <section className="card" aria-labelledby="attachments-heading">
            <h2 id="attachments-heading">{t('attachments.title')}</h2>
            <p className="muted small">{t('attachments.intro')}</p>
            {errors.fieldErrors.attachment ? (
              <div className="field-error" role="alert">
                {errors.fieldErrors.attachment}
              </div>
            ) : null}
            <ul className="attachment-list" aria-label={t('attachments.label')}>
              {agreement.attachments.map((a) => (
                <li key={a.id}>
                  <span dir="auto">{a.fileName}</span>
                  <span className="muted small">
                    {t('attachments.size', { size: formatNumber(Math.ceil(a.size / 1024)) })}
                  </span>
                  <button
                    type="button"
                    className="button ghost"
                    onClick={() =>
                      run(async () => {
                        const path = await unwrap(api().agreements.saveAttachment({ attachmentId: a.id }));
                        if (path) setNotice(t('attachments.copySaved', { path }));
                        return null;
                      })
                    }
                  >
                    {t('attachments.saveCopy')}
                  </button>
                  <button
                    type="button"
                    className="button ghost"
                    aria-label={t('attachments.remove', { name: a.fileName })}
                    onClick={() =>
                      run(() =>
                        unwrap(api().agreements.removeAttachment({ agreementId: id, attachmentId: a.id })),
                      )
                    }
                  >
                    {t('common:actions.remove')}
                  </button>
                </li>
              ))}
            </ul>
            <button
              type="button"
              className="button"
              onClick={() => run(() => unwrap(api().agreements.attach({ id })))}
            >
              {t('attachments.attach')}
            </button>
          </section>
        </aside>
      </div>
    </div>
  );
}

function defaultSigner(party: SignatureParty, engagement: Engagement | null, coachName: string): string {
  if (party === 'coach') return coachName;
  if (party === 'sponsor') return engagement?.sponsorName ?? '';
  return engagement && engagement.participants.length === 1
    ? (engagement.participants[0]?.fullName ?? '')
    : '';
}

function SignatureForm({
  party,
  defaultName,
  onSign,
  error,
}: {
  party: SignatureParty;
  defaultName: string;
  onSign: (input: { signerName: string; signedOn: string; drawing: string | null }) => Promise<void>;
  error?: string;
}) {
  const [signerName, setSignerName] = useState(defaultName);
  const [signedOn, setSignedOn] = useState(today());
  const [drawing, setDrawing] = useState<string | null>(null);
  const { t } = useTranslation('agreements');
  return (
    <form
      className="signature-form"
      aria-label={t(`signatures.${party}.label`)}
      onSubmit={(event) => {
        event.preventDefault();
        void onSign({ signerName, signedOn, drawing });
      }}
    >
      <div className="muted">{t(`signatures.${party}.party`)}</div>
      <Field
        label={t(`signatures.${party}.name`)}
        value={signerName}
        dir="auto"
        onChange={(e) => setSignerName(e.target.value)}
        error={error}
      />
      <Field
        label={t(`signatures.${party}.date`)}
        type="date"
        value={signedOn}
        onChange={(e) => setSignedOn(e.target.value)}
      />
      <SignaturePad label={t(`signatures.${party}.label`)} onChange={setDrawing} />
      <button type="submit" className="button">
        {t(`signatures.${party}.add`)}
      </button>
    </form>
  );
}

function DraftEditor({ agreement, onSaved }: { agreement: Agreement; onSaved: (a: Agreement) => void }) {
  const [title, setTitle] = useState(agreement.title);
  const [body, setBody] = useState(agreement.body);
  const [startDate, setStartDate] = useState(agreement.startDate ?? '');
  const [endDate, setEndDate] = useState(agreement.endDate ?? '');
  const [saved, setSaved] = useState(true);
  const errors = useFormErrors();
  const { t } = useTranslation('agreements');

  async function save() {
    errors.clear();
    try {
      onSaved(
        await unwrap(
          api().agreements.edit({
            id: agreement.id,
            title,
            body,
            startDate: startDate || null,
            endDate: endDate || null,
          }),
        ),
      );
      setSaved(true);
    } catch (e) {
      errors.fromError(e);
    }
  }

  return (
    <section className="card draft-editor" aria-label={t('draft.label')}>
      {errors.formError ? (
        <div className="form-error" role="alert">
          {errors.formError}
        </div>
      ) : null}
      <Field
        label={t('draft.title')}
        value={title}
        dir="auto"
        onChange={(e) => {
          setTitle(e.target.value);
          setSaved(false);
        }}
        error={errors.fieldErrors.title}
      />
      <div className="field-row">
        <Field
          label={t('draft.startDate')}
          type="date"
          value={startDate}
          onChange={(e) => {
            setStartDate(e.target.value);
            setSaved(false);
          }}
          error={errors.fieldErrors.startDate}
        />
        <Field
          label={t('draft.endDate')}
          type="date"
          value={endDate}
          onChange={(e) => {
            setEndDate(e.target.value);
            setSaved(false);
          }}
          error={errors.fieldErrors.endDate}
        />
      </div>
      <div className="field">
        <label htmlFor="agreement-body">{t('draft.text')}</label>
        <textarea
          id="agreement-body"
          className="agreement-source"
          value={body}
          dir="auto"
          spellCheck
          aria-describedby="agreement-body-hint"
          aria-invalid={errors.fieldErrors.body ? true : undefined}
          onChange={(e) => {
            setBody(e.target.value);
            setSaved(false);
          }}
        />
        <div id="agreement-body-hint" className="field-hint">
          {t('draft.textHint')}
        </div>
        {errors.fieldErrors.body ? (
          <div className="field-error" role="alert">
            {errors.fieldErrors.body}
          </div>
        ) : null}
      </div>
      <div className="form-actions">
        <span className="muted small" aria-live="polite">
          {saved ? t('draft.allSaved') : t('draft.unsaved')}
        </span>
        <button type="button" className="button primary" disabled={saved} onClick={save}>
          {t('draft.save')}
        </button>
      </div>
      <h2 className="preview-heading">{t('draft.preview')}</h2>
      <div className="agreement-paper">
        <AgreementText text={body} />
      </div>
    </section>
  );
}
