package android.app;

import android.content.ActivityNotFoundException;
import android.content.Context;
import android.content.Intent;
import android.os.Bundle;
import android.view.View;
import java.util.ArrayList;
import java.util.List;

/** Stub: records what the Activity asks of Android. Fields named stub* are not Android API. */
public class Activity extends Context {
    public final List<String> stubEvents = new ArrayList<>();
    public View stubContentView;
    /** When true, startActivity and startActivityForResult throw as on a phone with no app for the Intent. */
    public boolean stubNoApp;

    public Activity() {}

    protected void onCreate(Bundle savedInstanceState) {
        stubEvents.add("super.onCreate");
    }

    public void setContentView(View view) {
        stubContentView = view;
    }

    public void onBackPressed() {
        stubEvents.add("super.onBackPressed");
    }

    public void startActivity(Intent intent) {
        if (stubNoApp) throw new ActivityNotFoundException("No Activity found to handle " + intent.getData());
        stubEvents.add("startActivity " + Stub.describe(intent));
    }

    public void startActivityForResult(Intent intent, int requestCode) {
        if (stubNoApp) throw new ActivityNotFoundException("No Activity found to handle " + intent.getAction());
        stubEvents.add("startActivityForResult " + requestCode + " " + Stub.describe(intent));
    }

    protected void onActivityResult(int requestCode, int resultCode, Intent data) {
        stubEvents.add("super.onActivityResult");
    }
}
