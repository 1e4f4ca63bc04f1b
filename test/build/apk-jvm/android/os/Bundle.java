package android.os;

/** Stub: see ../../README.md. */
public final class Bundle {}
