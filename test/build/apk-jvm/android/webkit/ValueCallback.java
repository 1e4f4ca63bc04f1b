package android.webkit;

/** Stub: see ../../README.md. */
public interface ValueCallback<T> {
    void onReceiveValue(T value);
}
