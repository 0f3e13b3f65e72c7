import { describe, expect, test } from 'vitest';
import { lix, sentences } from '../tools/lix.ts';

describe('LIX', () => {
  test('counts words, sentences and words over six letters', () => {
    // 9 words, 2 sentences, 2 long words (registrert, registeret): 9/2 + 100*2/9 = 26.7
    const r = lix('Du blir registrert. Du kan si nei til registeret.');
    expect(r).toMatchObject({ words: 9, sentences: 2, longWords: 2, wordsPerSentence: 4.5, lix: 26.7 });
  });

  test('each line is a block that ends a sentence, with or without a full stop', () => {
    expect(sentences('Hva skjer etterpå?\nOpplysningene blir slettet\nFristen: 30 dager')).toEqual([
      ['Hva', 'skjer', 'etterpå'],
      ['Opplysningene', 'blir', 'slettet'],
      ['Fristen'],
      ['30', 'dager'],
    ]);
  });

  test('leaves URLs out and keeps site names and hyphenated words whole', () => {
    const words = sentences('Les på https://helse-bergen.no/om-oss/kontakt og helsenorge.no. Send e-post.').flat();
    expect(words).toEqual(['Les', 'på', 'og', 'helsenorge.no', 'Send', 'e-post']);
  });

  test('a full stop inside a number or a name does not end the sentence', () => {
    expect(sentences('Åpent 08.00 til 15.30 i dag.')).toEqual([['Åpent', '08.00', 'til', '15.30', 'i', 'dag']]);
    expect(sentences('Bruk helsenorge.no i dag.')).toHaveLength(1);
  });

  test('long words make a text harder, long sentences too', () => {
    const easy = lix('Du kan si nei. Det er lett. Du får hjelp.').lix;
    const hard = lix(
      'Registersekretariatet registrerer reservasjonen uten ugrunnet opphold etter mottak av reservasjonsskjemaet.',
    ).lix;
    expect(easy).toBeLessThan(20);
    expect(hard).toBeGreaterThan(60);
  });

  test('an empty text is 0, not NaN', () => {
    expect(lix('').lix).toBe(0);
  });
});
