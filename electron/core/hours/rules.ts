import { type CredentialRule, credentialRuleSchema } from '../../shared/hours';

/**
 * Credential rules are data: one versioned JSON file per credential in
 * resources/credentials, each citing its source. Bundled at build time and
 * validated here, so a malformed rule file fails the build's tests, not a coach.
 */
const files = import.meta.glob<{ default: unknown }>('../../../resources/credentials/*.json', {
  eager: true,
});

export const CREDENTIAL_RULES: readonly CredentialRule[] = Object.entries(files)
  .map(([path, module]) => {
    const parsed = credentialRuleSchema.safeParse(module.default);
    if (!parsed.success) throw new Error(`Invalid credential rule file ${path}: ${parsed.error.message}`);
    return parsed.data;
  })
  .sort((a, b) => a.id.localeCompare(b.id));

export function findRule(id: string): CredentialRule | undefined {
  return CREDENTIAL_RULES.find((rule) => rule.id === id);
}
