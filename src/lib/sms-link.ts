/**
 * sms: links that open the phone's messaging app with the recipients and the text filled in.
 *
 * What we rely on (checked against the sources named; no device lab here, so keep these notes current):
 * - RFC 5724: `sms:+77011234567,+77019876543?body=…`. The body is a query field whose value may hold
 *   only unreserved characters and %XX escapes, so we percent-encode everything else: encodeURIComponent
 *   plus ! ' ( ) *, spaces as %20 (never +), line breaks as %0A, & # ? encoded.
 * - iOS: Apple's documentation (iPhoneURLScheme_Reference, "SMS Links") allows only a number and says
 *   nothing about a body; in practice iOS 8 and later read `sms:NUMBER&body=…` (widely reported since
 *   2014, and what the sms-link and Flutter url_launcher communities settled on). Before iOS 8 it was
 *   `;body=`, which we no longer support. Reports that recent iOS also reads `?body=` exist, but `&body=`
 *   is the form known to work across versions, so iOS gets `&`.
 * - Android: there is no single messaging app. AOSP Messaging (LaunchConversationActivity, in LineageOS
 *   and GrapheneOS today) splits recipients on "," and ";" and reads the body from `?body=`; Samsung's
 *   app historically wanted ";" between recipients, and several apps keep only the first recipient.
 * - Several recipients: we return one link per recipient on every platform. Besides the Android
 *   recipient-dropping above, a message to several numbers becomes a group MMS on iPhones (when a
 *   recipient has no iMessage and Group Messaging is on, the default) and on many Android apps, and MMS
 *   travels over mobile data, which is exactly what is cut during a shutdown. One SMS per recipient is
 *   slower to send but gets through. iOS's undocumented `sms://open?addresses=a,b&body=` was considered
 *   and rejected for that reason.
 * - AOSP Messaging decodes the body twice (Uri.getSchemeSpecificPart, then URLDecoder after splitting on
 *   "&"), so on Android an "&" cuts the body short, "+" turns into a space and a stray "%" can crash the
 *   app. No encoding survives both that and correct apps; bodyHazards lets the composer warn instead.
 */

import { normalizePhone } from './phone';

/** The platforms whose sms: dialects differ. */
export type SmsPlatform = 'android' | 'ios' | 'other';

/** Links to open, and whether there is one per recipient (the person must send each in turn). */
export interface SmsLinks {
  links: string[];
  perRecipient: boolean;
}

/** A character that some Android messaging apps mangle in a link's body (see the module doc). */
export type BodyHazard = 'ampersand' | 'plus' | 'percent';

/**
 * Replaces unpaired surrogates with U+FFFD: encodeURIComponent throws on them, and a half emoji left
 * by a cut text must not stop the link from being built. A loop, not a lookbehind regex, because
 * Safari before 16.4 cannot even parse lookbehind and the whole module would fail to load.
 */
function wellFormed(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        out += s.charAt(i) + s.charAt(i + 1);
        i++;
      } else out += '\ufffd';
    } else if (c >= 0xdc00 && c <= 0xdfff) {
      out += '\ufffd';
    } else out += s.charAt(i);
  }
  return out;
}

/** Percent-encodes a body value to RFC 5724's escaped-value: only unreserved characters stay as they are. */
export function encodeSmsBody(body: string): string {
  return encodeURIComponent(wellFormed(body)).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/**
 * A recipient as it goes into the link: E.164 when normalizePhone accepts it (so "8 701 …" becomes
 * "+7701…"), else only its digits and a leading "+", so a stray character cannot break the URI.
 */
function address(recipient: string): string {
  const n = normalizePhone(recipient);
  if (n.ok) return n.e164;
  const t = recipient.trim();
  return (t.startsWith('+') ? '+' : '') + t.replace(/\D/g, '');
}

function link(to: string, body: string, platform: SmsPlatform): string {
  if (body === '') return `sms:${to}`;
  const separator = platform === 'ios' ? '&' : '?';
  return `sms:${to}${separator}body=${encodeSmsBody(body)}`;
}

/**
 * Builds the sms: link(s) for a message: one link when there is at most one recipient, else one per
 * recipient (perRecipient: true). Recipients should be numbers accepted by normalizePhone; duplicates
 * and empty ones are dropped. With no recipient the link opens the app with only the body filled in.
 */
export function buildSmsLinks(recipients: readonly string[], body: string, platform: SmsPlatform): SmsLinks {
  const addresses = [...new Set(recipients.map(address).filter((a) => a !== '' && a !== '+'))];
  if (addresses.length <= 1) {
    return { links: [link(addresses[0] ?? '', body, platform)], perRecipient: false };
  }
  return { links: addresses.map((a) => link(a, body, platform)), perRecipient: true };
}

/** Characters in a body that some apps on this platform are known to lose or mangle from an sms: link. */
export function bodyHazards(body: string, platform: SmsPlatform): BodyHazard[] {
  if (platform !== 'android') return [];
  const found: BodyHazard[] = [];
  if (body.includes('&')) found.push('ampersand');
  if (body.includes('+')) found.push('plus');
  if (body.includes('%')) found.push('percent');
  return found;
}

/**
 * Which sms: dialect to speak, from the user agent. iPadOS 13+ reports a Mac user agent; pass
 * navigator.maxTouchPoints to tell it apart (a Mac has no touch screen). Windows Phone's user agent
 * also says "Android", so it is checked first.
 */
export function detectPlatform(userAgent: string, maxTouchPoints = 0): SmsPlatform {
  if (/Windows Phone/i.test(userAgent)) return 'other';
  if (/iPhone|iPad|iPod/i.test(userAgent)) return 'ios';
  if (/Macintosh/i.test(userAgent) && maxTouchPoints > 1) return 'ios';
  if (/Android/i.test(userAgent)) return 'android';
  return 'other';
}
