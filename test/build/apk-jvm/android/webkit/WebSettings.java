package android.webkit;

import java.util.Map;
import java.util.TreeMap;

/** Stub: an abstract class on Android too; StubSettings records each setting. */
public abstract class WebSettings {
    public abstract void setJavaScriptEnabled(boolean flag);
    public abstract void setDomStorageEnabled(boolean flag);
    public abstract void setAllowFileAccess(boolean allow);
    public abstract void setAllowFileAccessFromFileURLs(boolean flag);
    public abstract void setAllowUniversalAccessFromFileURLs(boolean flag);
    public abstract void setGeolocationEnabled(boolean flag);

    /** Not Android API. */
    static final class StubSettings extends WebSettings {
        final Map<String, Boolean> values = new TreeMap<>();

        @Override public void setJavaScriptEnabled(boolean flag) { values.put("javaScriptEnabled", flag); }
        @Override public void setDomStorageEnabled(boolean flag) { values.put("domStorageEnabled", flag); }
        @Override public void setAllowFileAccess(boolean allow) { values.put("allowFileAccess", allow); }
        @Override public void setAllowFileAccessFromFileURLs(boolean flag) { values.put("allowFileAccessFromFileURLs", flag); }
        @Override public void setAllowUniversalAccessFromFileURLs(boolean flag) { values.put("allowUniversalAccessFromFileURLs", flag); }
        @Override public void setGeolocationEnabled(boolean flag) { values.put("geolocationEnabled", flag); }
    }
}
