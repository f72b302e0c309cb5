import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { messageText as mainText } from '../../../electron/core/i18n';
import { contract } from '../../../electron/shared/contract';
import { en } from '../../../electron/shared/i18n/resources';
import { type MessageKey, msg, parseMessage } from '../../../electron/shared/messages';
import { i18n, messageText } from '../../../src/i18n';

afterEach(() => {
  void i18n.changeLanguage('en');
});

describe('message references', () => {
  it('are the bare key without parameters, and the key with its parameters as JSON', () => {
    expect(msg('errors:date.format')).toBe('errors:date.format');
    expect(msg('errors:date.format', {})).toBe('errors:date.format');
    const tooLong = msg('errors:text.tooLong', { what: msg('errors:fields.clientName'), max: 200 });
    expect(tooLong).toBe('errors:text.tooLong {"what":"errors:fields.clientName","max":200}');
    expect(parseMessage(tooLong)).toEqual({
      key: 'errors:text.tooLong',
      params: { what: 'errors:fields.clientName', max: 200 },
    });
  });

  it('read back whatever parameters they were made with', () => {
    const param = fc.oneof(fc.string(), fc.integer(), fc.array(fc.string(), { maxLength: 3 }));
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom('what', 'max', 'file', 'parties'), param), (params) => {
        const parsed = parseMessage(msg('errors:practice.keyFileMissing', params));
        expect(parsed).toEqual({ key: 'errors:practice.keyFileMissing', params });
      }),
    );
  });

  it('leave plain text alone: older messages and anything that only looks like a reference', () => {
    for (const text of [
      'That passphrase is not right.',
      '',
      'errors:',
      'errors:date.format trailing words',
      'errors:date.format {not json}',
      'errors:date.format ["a list"]',
      'errors:date.format {"nested":{"object":1}}',
      'errors:date.format {"notFinite":1e999}',
      'clients:form.title',
      ' errors:date.format',
    ]) {
      expect(parseMessage(text), text).toBeNull();
      expect(mainText(text, 'es')).toBe(text);
      expect(messageText(text)).toBe(text);
    }
    fc.assert(
      fc.property(fc.string(), (text) => {
        if (parseMessage(text) === null) expect(mainText(text, 'es')).toBe(text);
      }),
    );
  });
});

describe('message references in words', () => {
  const tooLong = msg('errors:text.tooLong', { what: msg('errors:fields.clientName'), max: 200 });
  const stillToSign = msg('errors:agreements.stillToSign', {
    parties: [msg('errors:agreements.party.client'), msg('errors:agreements.party.coach')],
  });
  const keyFile = msg('errors:practice.keyFileMissing', { file: 'errors:not-a-key.key' });

  it('in main, in the language asked for: words inside are translated, lists joined, literals kept', () => {
    expect(mainText(tooLong, 'en')).toBe("Keep the client's name under 200 characters.");
    expect(mainText(tooLong, 'es')).toBe('Usa menos de 200 caracteres en el nombre del cliente.');
    expect(mainText(stillToSign, 'en')).toBe('Still to sign: client and coach.');
    expect(mainText(stillToSign, 'es')).toBe('Falta la firma de: cliente y coach.');
    expect(mainText(msg('errors:passphrase.wrong'), 'es')).toBe('Esa frase de contraseña no es correcta.');
    expect(mainText(keyFile, 'en')).toBe(
      'The key file (errors:not-a-key.key) is missing. It must sit beside the practice file.',
    );
  });

  it('in the renderer, in the language the app is in at the time of reading', () => {
    expect(messageText(tooLong)).toBe("Keep the client's name under 200 characters.");
    void i18n.changeLanguage('es');
    expect(messageText(tooLong)).toBe('Usa menos de 200 caracteres en el nombre del cliente.');
    expect(messageText(stillToSign)).toBe('Falta la firma de: cliente y coach.');
  });

  it('a shared schema’s messages, checked in the renderer, read in Spanish', () => {
    const parsed = contract.practice.create.input.safeParse({
      name: ' ',
      coachName: 'Ana',
      passphrase: 'short',
    });
    const messages = parsed.error?.issues.map((issue) => issue.message) ?? [];
    expect(messages.map((m) => mainText(m, 'en'))).toEqual([
      'Enter a practice name.',
      'Use at least 10 characters.',
    ]);
    void i18n.changeLanguage('es');
    expect(messages.map(messageText)).toEqual([
      'Escribe el nombre de la práctica.',
      'Usa al menos 10 caracteres.',
    ]);
  });

  it('every text of the errors namespace has its words in both languages', () => {
    const keys: MessageKey[] = [];
    const walk = (tree: object, prefix: string) => {
      for (const [key, value] of Object.entries(tree)) {
        if (typeof value === 'string') keys.push(`errors:${prefix}${key}` as MessageKey);
        else walk(value, `${prefix}${key}.`);
      }
    };
    walk(en.errors, '');
    expect(keys.length).toBeGreaterThan(100);
    for (const key of keys) {
      for (const language of ['en', 'es'] as const) {
        const text = mainText(key, language);
        expect(text, `${key} in ${language}`).not.toBe(key);
        expect(text, `${key} in ${language}`).not.toMatch(/^errors:/);
      }
    }
  });
});
