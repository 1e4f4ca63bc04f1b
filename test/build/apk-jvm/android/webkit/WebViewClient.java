package android.webkit;

/** Stub: see ../../README.md. */
public class WebViewClient {
    public WebViewClient() {}

    public boolean shouldOverrideUrlLoading(WebView view, String url) {
        return false;
    }
}
