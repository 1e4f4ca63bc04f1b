package android.app;

import android.content.Intent;
import java.util.Map;

/** Not Android API: a stable text form of an Intent for the check's report. */
public final class Stub {
    private Stub() {}

    public static String describe(Intent i) {
        StringBuilder s = new StringBuilder("action=" + i.getAction());
        if (i.getData() != null) s.append(" data=").append(i.getData());
        if (i.getType() != null) s.append(" type=").append(i.getType());
        if (i.getCategories() != null) s.append(" categories=").append(String.join(",", i.getCategories()));
        for (Map.Entry<String, String> e : i.stubExtras().entrySet()) {
            s.append(" extra:").append(e.getKey()).append('=').append(e.getValue());
        }
        return s.toString();
    }
}
