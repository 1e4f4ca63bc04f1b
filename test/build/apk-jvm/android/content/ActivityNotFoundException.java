package android.content;

/** Stub: what startActivity throws when no app handles an Intent. */
public class ActivityNotFoundException extends RuntimeException {
    public ActivityNotFoundException(String message) {
        super(message);
    }
}
