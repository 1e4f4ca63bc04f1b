import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { bodyHazards, buildSmsLinks, detectPlatform, encodeSmsBody } from '../../src/lib/sms-link';
import { FUZZ_RUNS } from './fuzz';

const A = '+77011234567';
const B = '+77019876543';

/** The body as an RFC 5724 reader gets it back: the value after body=, percent-decoded once. */
function bodyOf(link: string): string {
  const m = /[?&]body=([^&]*)$/.exec(link);
  if (!m?.[1]) throw new Error(`no body in ${link}`);
  return decodeURIComponent(m[1]);
}

describe('buildSmsLinks', () => {
  test('Android, one recipient: RFC 5724 ?body=', () => {
    expect(buildSmsLinks([A], 'Hello', 'android')).toEqual({ links: [`sms:${A}?body=Hello`], perRecipient: false });
  });

  test('iOS, one recipient: &body=', () => {
    expect(buildSmsLinks([A], 'Hello', 'ios')).toEqual({ links: [`sms:${A}&body=Hello`], perRecipient: false });
  });

  test('other platforms get the RFC form', () => {
    expect(buildSmsLinks([A], 'Hello', 'other')).toEqual({ links: [`sms:${A}?body=Hello`], perRecipient: false });
  });

  test.each(['android', 'ios', 'other'] as const)('%s, several recipients: one link each', (platform) => {
    const sep = platform === 'ios' ? '&' : '?';
    expect(buildSmsLinks([A, B], 'Hi', platform)).toEqual({
      links: [`sms:${A}${sep}body=Hi`, `sms:${B}${sep}body=Hi`],
      perRecipient: true,
    });
  });

  test('recipients are normalised to E.164, cleaned and de-duplicated', () => {
    expect(buildSmsLinks(['8 701 123 45 67', '+7 (701) 123-45-67', ' ', '112'], 'x', 'android').links).toEqual([
      `sms:${A}?body=x`,
      'sms:112?body=x',
    ]);
    // Not a valid number: only digits and a leading + go into the URI, nothing that could break it.
    expect(buildSmsLinks(['+49 30 12?body=evil&x'], 'x', 'android').links).toEqual(['sms:+493012?body=x']);
  });

  test('no recipient: the app opens with only the body', () => {
    expect(buildSmsLinks([], 'Hi there', 'android').links).toEqual(['sms:?body=Hi%20there']);
    expect(buildSmsLinks([], 'Hi there', 'ios').links).toEqual(['sms:&body=Hi%20there']);
  });

  test('an empty body leaves the body out', () => {
    expect(buildSmsLinks([A], '', 'ios').links).toEqual([`sms:${A}`]);
  });

  test('encodes & # ? newline, spaces as %20 and never +', () => {
    const [link] = buildSmsLinks([A], 'Tom & Jerry #1? yes\nno + 100%', 'android').links;
    expect(link).toBe(`sms:${A}?body=Tom%20%26%20Jerry%20%231%3F%20yes%0Ano%20%2B%20100%25`);
    expect(link?.slice(link.indexOf('?'))).not.toMatch(/[ #\n+&]/);
  });

  test('encodes Cyrillic and emoji as UTF-8', () => {
    const [link] = buildSmsLinks([A], 'Мені ұстады 🆘', 'ios').links;
    expect(link).toBe(`sms:${A}&body=%D0%9C%D0%B5%D0%BD%D1%96%20%D2%B1%D1%81%D1%82%D0%B0%D0%B4%D1%8B%20%F0%9F%86%98`);
  });

  test("encodes ! ' ( ) * too: RFC 5724 allows only unreserved characters unescaped", () => {
    expect(encodeSmsBody("a!b'c(d)e*f-g_h.i~j")).toBe('a%21b%27c%28d%29e%2Af-g_h.i~j');
  });

  test('a half emoji left by a cut text does not throw', () => {
    expect(encodeSmsBody('ok \ud83d')).toBe('ok%20%EF%BF%BD');
    expect(encodeSmsBody('\ude00 x')).toBe('%EF%BF%BD%20x');
  });

  test('property: the body survives the round trip and the link has no raw delimiter', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 200 }).filter((s) => s.length > 0),
        fc.constantFrom('android', 'ios', 'other') as fc.Arbitrary<'android' | 'ios' | 'other'>,
        (body, platform) => {
          const [link = ''] = buildSmsLinks([A], body, platform).links;
          expect(bodyOf(link)).toBe(body);
          const encoded = link.slice(link.indexOf('body=') + 5);
          expect(encoded).toMatch(/^[A-Za-z0-9\-._~%]*$/);
        },
      ),
      { numRuns: FUZZ_RUNS },
    );
  });
});

describe('bodyHazards', () => {
  test('Android apps that decode twice lose & and + and choke on %', () => {
    expect(bodyHazards('Call +7 701 & come, 100%', 'android')).toEqual(['ampersand', 'plus', 'percent']);
    expect(bodyHazards('plain text', 'android')).toEqual([]);
    expect(bodyHazards('Call +7 701 & come', 'ios')).toEqual([]);
  });
});

describe('detectPlatform', () => {
  test.each([
    ['Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1', 'ios'],
    ['Mozilla/5.0 (iPhone; CPU iPhone OS 16_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/120.0 Mobile/15E148 Safari/604.1', 'ios'],
    ['Mozilla/5.0 (iPad; CPU OS 12_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/12.1 Mobile/15E148 Safari/604.1', 'ios'],
    ['Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Mobile Safari/537.36', 'android'],
    ['Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/24.0 Chrome/117.0 Mobile Safari/537.36', 'android'],
    ['Mozilla/5.0 (Android 13; Mobile; rv:125.0) Gecko/125.0 Firefox/125.0', 'android'],
    ['Mozilla/5.0 (Windows Phone 10.0; Android 6.0.1; Microsoft; Lumia 950) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/52.0 Mobile Safari/537.36 Edge/15.15063', 'other'],
    ['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36', 'other'],
    ['Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15', 'other'],
    ['', 'other'],
  ])('%s → %s', (ua, expected) => {
    expect(detectPlatform(ua)).toBe(expected);
  });

  test('iPadOS with a Mac user agent is told apart by its touch screen', () => {
    const ua = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15';
    expect(detectPlatform(ua, 5)).toBe('ios');
    expect(detectPlatform(ua, 0)).toBe('other');
  });
});
