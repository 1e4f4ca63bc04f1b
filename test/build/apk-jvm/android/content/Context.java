package android.content;

/** Stub: see ../../README.md. */
public abstract class Context {}
