import { expect, test } from '@playwright/test';
import fc from 'fast-check';
import { Redactor } from '../../runner';

test('property: no registered secret survives text, value or header redaction', () => {
  fc.assert(
    fc.property(fc.string({ minLength: 4, maxLength: 40 }), fc.string(), fc.string(), (secret, before, after) => {
      const r = new Redactor();
      r.add(secret, 'api-key');
      const text = `${before}${secret}${after}`;
      const out = [
        r.text(text),
        JSON.stringify(r.value({ nested: [text] })),
        JSON.stringify(r.headers({ 'x-echo': text })),
      ];
      // A secret may only reappear where the labels themselves spell it, never from the input.
      return out.every((o) => !o.includes(secret) || '[REDACTED:api-key]'.includes(secret));
    }),
  );
});

test('auth headers and authToken fields are redacted whatever their value', () => {
  const r = new Redactor();
  expect(r.headers({ Authorization: 'Bearer abc', 'Ocp-Apim-Subscription-Key': 'k', Accept: 'x' })).toEqual({
    Authorization: '[REDACTED:authorization]',
    'Ocp-Apim-Subscription-Key': '[REDACTED:ocp-apim-subscription-key]',
    Accept: 'x',
  });
  expect(r.value({ sessionId: 's', authToken: 'never-seen-before' })).toEqual({
    sessionId: 's',
    authToken: '[REDACTED:authToken]',
  });
});
