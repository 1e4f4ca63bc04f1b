package kz.aman.app;

import android.content.Intent;
import android.net.Uri;
import android.webkit.ValueCallback;
import android.webkit.WebView;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Drives the APK's Activity (translated from classes.dex) through the scenarios named on the command line
 * and prints one JSON object per line; test/build/apk.test.ts asserts on them. Scenarios:
 * create, url:URL, url-no-app:URL, back:history, back:none, file:pick, file:cancel, file:twice, file:no-app.
 */
public final class Check {
    private Check() {}

    public static void main(String[] args) {
        for (String scenario : args) System.out.println(run(scenario));
    }

    private static String run(String scenario) {
        MainActivity activity = new MainActivity();
        activity.onCreate(null);
        WebView web = (WebView) activity.stubContentView;
        activity.stubEvents.clear();
        Json out = new Json().put("scenario", scenario);

        if (scenario.equals("create")) {
            out.put("contentView", web.getClass().getName())
                .put("client", web.stubClient.getClass().getName())
                .put("chromeClient", web.stubChromeClient.getClass().getName())
                .put("loaded", web.stubLoaded)
                .put("settings", web.stubSettings());
            // onCreate must call through to Activity.onCreate, or Android throws SuperNotCalledException.
            MainActivity fresh = new MainActivity();
            fresh.onCreate(null);
            out.put("events", fresh.stubEvents);
            return out.toString();
        }
        if (scenario.startsWith("url:") || scenario.startsWith("url-no-app:")) {
            activity.stubNoApp = scenario.startsWith("url-no-app:");
            String url = scenario.substring(scenario.indexOf(':') + 1);
            boolean handled = web.stubClient.shouldOverrideUrlLoading(web, url);
            return out.put("returned", handled).put("events", activity.stubEvents).toString();
        }
        if (scenario.startsWith("back:")) {
            web.stubCanGoBack = scenario.equals("back:history");
            activity.onBackPressed();
            return out.put("wentBack", web.stubWentBack).put("events", activity.stubEvents).toString();
        }
        if (scenario.startsWith("file:")) {
            List<String> events = activity.stubEvents;
            activity.stubNoApp = scenario.equals("file:no-app");
            boolean promised = web.stubChromeClient.onShowFileChooser(web, callback("first", events), null);
            if (scenario.equals("file:twice")) {
                web.stubChromeClient.onShowFileChooser(web, callback("second", events), null);
            }
            if (scenario.equals("file:cancel")) activity.onActivityResult(1, 0, null);
            if (scenario.equals("file:pick") || scenario.equals("file:twice")) {
                // A result for another request must not answer the page's input.
                activity.onActivityResult(7, -1, new Intent(null, Uri.parse("content://other/1")));
                activity.onActivityResult(1, -1, new Intent(null, Uri.parse("content://picked/contacts.vcf")));
            }
            // Once answered, a late duplicate result must not call the callback again.
            activity.onActivityResult(1, -1, new Intent(null, Uri.parse("content://late/1")));
            return out.put("returned", promised).put("events", events).toString();
        }
        throw new IllegalArgumentException("unknown scenario " + scenario);
    }

    private static ValueCallback<Uri[]> callback(String name, List<String> events) {
        return value -> {
            StringBuilder s = new StringBuilder(name + " <- ");
            if (value == null) s.append("null");
            else for (Uri u : value) s.append('[').append(u).append(']');
            events.add(s.toString());
        };
    }

    /** Just enough JSON for strings, booleans, numbers, string lists and maps. */
    private static final class Json {
        private final List<String> fields = new ArrayList<>();

        Json put(String key, Object value) {
            fields.add(quote(key) + ":" + value(value));
            return this;
        }

        private static String value(Object v) {
            if (v == null) return "null";
            if (v instanceof Boolean || v instanceof Number) return v.toString();
            if (v instanceof List) {
                List<String> items = new ArrayList<>();
                for (Object o : (List<?>) v) items.add(value(o));
                return "[" + String.join(",", items) + "]";
            }
            if (v instanceof Map) {
                List<String> items = new ArrayList<>();
                for (Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet()) items.add(quote(e.getKey().toString()) + ":" + value(e.getValue()));
                return "{" + String.join(",", items) + "}";
            }
            return quote(v.toString());
        }

        private static String quote(String s) {
            StringBuilder b = new StringBuilder("\"");
            for (char c : s.toCharArray()) {
                if (c == '"' || c == '\\') b.append('\\').append(c);
                else if (c < 0x20) b.append(String.format("\\u%04x", (int) c));
                else b.append(c);
            }
            return b.append('"').toString();
        }

        @Override
        public String toString() {
            return "{" + String.join(",", fields) + "}";
        }
    }
}
