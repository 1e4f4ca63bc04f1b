package android.view;

import android.content.Context;

/** Stub: see ../../README.md. */
public class View {
    public View(Context context) {}
}
