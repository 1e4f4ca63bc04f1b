package android.net;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Stub with Android's parsing rules (android.net.Uri.StringUri): the scheme is everything before the first
 * ":", the scheme-specific part runs from there to the first "#". Not validated, as on Android.
 */
public abstract class Uri {
    public static Uri parse(String uriString) {
        return new StringUri(uriString);
    }

    public abstract String getScheme();

    public abstract String getEncodedSchemeSpecificPart();

    /**
     * As Android's Uri.decode: %XX escapes decoded as UTF-8, "+" left as it is, a broken escape or
     * invalid UTF-8 becomes U+FFFD instead of throwing.
     */
    public static String decode(String s) {
        if (s == null) return null;
        StringBuilder out = new StringBuilder();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '%') {
                int hi = i + 1 < s.length() ? Character.digit(s.charAt(i + 1), 16) : -1;
                int lo = i + 2 < s.length() ? Character.digit(s.charAt(i + 2), 16) : -1;
                if (hi >= 0 && lo >= 0) {
                    bytes.write(hi * 16 + lo);
                    i += 3;
                    continue;
                }
                flush(bytes, out);
                out.append('\ufffd');
                i += 1;
                continue;
            }
            flush(bytes, out);
            out.append(c);
            i += 1;
        }
        flush(bytes, out);
        return out.toString();
    }

    private static void flush(ByteArrayOutputStream bytes, StringBuilder out) {
        if (bytes.size() == 0) return;
        out.append(new String(bytes.toByteArray(), StandardCharsets.UTF_8));
        bytes.reset();
    }

    private static final class StringUri extends Uri {
        private final String s;

        StringUri(String s) {
            this.s = s;
        }

        @Override
        public String getScheme() {
            int ssi = s.indexOf(':');
            return ssi == -1 ? null : s.substring(0, ssi);
        }

        @Override
        public String getEncodedSchemeSpecificPart() {
            int ssi = s.indexOf(':');
            int fsi = s.indexOf('#', ssi);
            return fsi == -1 ? s.substring(ssi + 1) : s.substring(ssi + 1, fsi);
        }

        @Override
        public String toString() {
            return s;
        }
    }
}
