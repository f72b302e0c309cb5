import type { ComponentProps } from 'react';
import { Field } from '../../components/Field';
import { passphraseStrength } from './passphrase-strength';

interface PassphraseFieldProps extends Omit<ComponentProps<typeof Field>, 'type' | 'autoComplete' | 'value'> {
  value: string;
  /** The passphrase the practice has, or a new one (password managers offer to save only a new one). */
  autoComplete: 'current-password' | 'new-password';
  /** For a new passphrase: a strength meter that follows the typing, in place of a hint. */
  showStrength?: boolean;
}

/** A passphrase input: a Field that hides what is typed. */
export function PassphraseField({ showStrength = false, hint, ...field }: PassphraseFieldProps) {
  return (
    <Field
      type="password"
      hint={showStrength ? <StrengthMeter passphrase={field.value} /> : hint}
      {...field}
    />
  );
}

function StrengthMeter({ passphrase }: { passphrase: string }) {
  const strength = passphraseStrength(passphrase);
  return (
    <span className="strength" data-score={strength.score}>
      <span className="strength-bar" aria-hidden="true">
        <span />
        <span />
        <span />
        <span />
      </span>
      <span aria-live="polite">
        {strength.label ? <strong>{strength.label}. </strong> : null}
        {strength.hint}
      </span>
    </span>
  );
}
