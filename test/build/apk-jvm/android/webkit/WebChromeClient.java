package android.webkit;

import android.content.Intent;
import android.net.Uri;

/** Stub: see ../../README.md. */
public class WebChromeClient {
    public WebChromeClient() {}

    public boolean onShowFileChooser(WebView webView, ValueCallback<Uri[]> filePathCallback, FileChooserParams fileChooserParams) {
        return false;
    }

    public abstract static class FileChooserParams {
        public FileChooserParams() {}

        /** As Chromium's: null when cancelled (or no data), else the one chosen Uri. */
        public static Uri[] parseResult(int resultCode, Intent data) {
            if (resultCode != -1 || data == null || data.getData() == null) return null;
            return new Uri[] {data.getData()};
        }

        public abstract Intent createIntent();
    }
}
