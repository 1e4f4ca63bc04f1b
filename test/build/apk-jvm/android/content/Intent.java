package android.content;

import android.net.Uri;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** Stub: the Intent fields the Activity sets, readable through the real getters. */
public class Intent {
    private final String action;
    private Uri data;
    private String type;
    private final Set<String> categories = new LinkedHashSet<>();
    private final Map<String, String> extras = new LinkedHashMap<>();

    public Intent(String action) {
        this.action = action;
    }

    public Intent(String action, Uri uri) {
        this.action = action;
        this.data = uri;
    }

    public Intent addCategory(String category) {
        categories.add(category);
        return this;
    }

    public Intent setType(String type) {
        this.type = type;
        this.data = null; // as Android: setType clears the data
        return this;
    }

    public Intent putExtra(String name, String value) {
        extras.put(name, value);
        return this;
    }

    public String getAction() { return action; }
    public Uri getData() { return data; }
    public String getType() { return type; }
    public Set<String> getCategories() { return categories.isEmpty() ? null : categories; }
    public String getStringExtra(String name) { return extras.get(name); }

    /** Not Android API: every string extra, for the check's report. */
    public Map<String, String> stubExtras() { return extras; }
}
