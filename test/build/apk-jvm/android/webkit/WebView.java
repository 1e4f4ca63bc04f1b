package android.webkit;

import android.content.Context;
import android.view.View;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Stub: records settings, clients and loads. Members named stub* are not Android API. */
public class WebView extends View {
    private final WebSettings.StubSettings settings = new WebSettings.StubSettings();
    public WebViewClient stubClient;
    public WebChromeClient stubChromeClient;
    public final List<String> stubLoaded = new ArrayList<>();
    public boolean stubCanGoBack;
    public int stubWentBack;

    public WebView(Context context) {
        super(context);
    }

    public WebSettings getSettings() {
        return settings;
    }

    public void setWebViewClient(WebViewClient client) {
        stubClient = client;
    }

    public void setWebChromeClient(WebChromeClient client) {
        stubChromeClient = client;
    }

    public void loadUrl(String url) {
        stubLoaded.add(url);
    }

    public boolean canGoBack() {
        return stubCanGoBack;
    }

    public void goBack() {
        stubWentBack++;
    }

    public Map<String, Boolean> stubSettings() {
        return settings.values;
    }
}
