# Aman's one Activity: a full-screen WebView showing the one-file build from the APK's assets.
# Written in smali because Debian has no javac target for Android (no android.jar, no d8);
# scripts/apk/build.ts assembles it with `smali assemble --api 21`, and test/build/apk.test.ts runs it
# on the JVM against stubs (scripts/apk/jvm-check) to check what it does.
.class public Lkz/aman/app/MainActivity;
.super Landroid/app/Activity;
.source "MainActivity.smali"

.field private web:Landroid/webkit/WebView;

# The page's pending <input type="file"> (contact import), answered in onActivityResult.
.field private fileCallback:Landroid/webkit/ValueCallback;


.method public constructor <init>()V
    .locals 0
    invoke-direct {p0}, Landroid/app/Activity;-><init>()V
    return-void
.end method


.method protected onCreate(Landroid/os/Bundle;)V
    .locals 4
    invoke-super {p0, p1}, Landroid/app/Activity;->onCreate(Landroid/os/Bundle;)V

    new-instance v0, Landroid/webkit/WebView;
    invoke-direct {v0, p0}, Landroid/webkit/WebView;-><init>(Landroid/content/Context;)V
    iput-object v0, p0, Lkz/aman/app/MainActivity;->web:Landroid/webkit/WebView;

    invoke-virtual {v0}, Landroid/webkit/WebView;->getSettings()Landroid/webkit/WebSettings;
    move-result-object v1
    const/4 v2, 0x1
    const/4 v3, 0x0
    # The app is a script; its preferences live in localStorage and its contacts in IndexedDB (which,
    # unlike WebSQL, needs no setDatabaseEnabled).
    invoke-virtual {v1, v2}, Landroid/webkit/WebSettings;->setJavaScriptEnabled(Z)V
    invoke-virtual {v1, v2}, Landroid/webkit/WebSettings;->setDomStorageEnabled(Z)V
    # file:///android_asset/ only: the page may not read other files, nor any other origin.
    invoke-virtual {v1, v2}, Landroid/webkit/WebSettings;->setAllowFileAccess(Z)V
    invoke-virtual {v1, v3}, Landroid/webkit/WebSettings;->setAllowFileAccessFromFileURLs(Z)V
    invoke-virtual {v1, v3}, Landroid/webkit/WebSettings;->setAllowUniversalAccessFromFileURLs(Z)V
    # The app declares no location permission: "Add my location" fails at once with its own message
    # instead of waiting on a prompt that can never be shown.
    invoke-virtual {v1, v3}, Landroid/webkit/WebSettings;->setGeolocationEnabled(Z)V

    new-instance v1, Lkz/aman/app/AmanWebViewClient;
    invoke-direct {v1, p0}, Lkz/aman/app/AmanWebViewClient;-><init>(Landroid/app/Activity;)V
    invoke-virtual {v0, v1}, Landroid/webkit/WebView;->setWebViewClient(Landroid/webkit/WebViewClient;)V

    # Without a WebChromeClient, alert() and confirm() do nothing.
    new-instance v1, Lkz/aman/app/AmanChromeClient;
    invoke-direct {v1, p0}, Lkz/aman/app/AmanChromeClient;-><init>(Lkz/aman/app/MainActivity;)V
    invoke-virtual {v0, v1}, Landroid/webkit/WebView;->setWebChromeClient(Landroid/webkit/WebChromeClient;)V

    invoke-virtual {p0, v0}, Lkz/aman/app/MainActivity;->setContentView(Landroid/view/View;)V

    const-string v1, "file:///android_asset/index.html"
    invoke-virtual {v0, v1}, Landroid/webkit/WebView;->loadUrl(Ljava/lang/String;)V
    return-void
.end method


# Back goes back through the page's own history (the app's screens) before leaving the app.
.method public onBackPressed()V
    .locals 2
    iget-object v0, p0, Lkz/aman/app/MainActivity;->web:Landroid/webkit/WebView;
    if-eqz v0, :leave
    invoke-virtual {v0}, Landroid/webkit/WebView;->canGoBack()Z
    move-result v1
    if-eqz v1, :leave
    invoke-virtual {v0}, Landroid/webkit/WebView;->goBack()V
    return-void

    :leave
    invoke-super {p0}, Landroid/app/Activity;->onBackPressed()V
    return-void
.end method


# Opens the system file picker for the page's file input. Any file type: Chromium's own createIntent()
# passes the input's first accept entry (".vcf") as a MIME type, which no picker matches.
.method pickFile(Landroid/webkit/ValueCallback;)V
    .locals 2
    # A picker still pending is answered "nothing chosen" first, or its input would stay stuck.
    iget-object v0, p0, Lkz/aman/app/MainActivity;->fileCallback:Landroid/webkit/ValueCallback;
    if-eqz v0, :start
    const/4 v1, 0x0
    invoke-interface {v0, v1}, Landroid/webkit/ValueCallback;->onReceiveValue(Ljava/lang/Object;)V

    :start
    iput-object p1, p0, Lkz/aman/app/MainActivity;->fileCallback:Landroid/webkit/ValueCallback;
    new-instance v0, Landroid/content/Intent;
    const-string v1, "android.intent.action.GET_CONTENT"
    invoke-direct {v0, v1}, Landroid/content/Intent;-><init>(Ljava/lang/String;)V
    const-string v1, "android.intent.category.OPENABLE"
    invoke-virtual {v0, v1}, Landroid/content/Intent;->addCategory(Ljava/lang/String;)Landroid/content/Intent;
    const-string v1, "*/*"
    invoke-virtual {v0, v1}, Landroid/content/Intent;->setType(Ljava/lang/String;)Landroid/content/Intent;

    :try_start
    const/4 v1, 0x1
    invoke-virtual {p0, v0, v1}, Lkz/aman/app/MainActivity;->startActivityForResult(Landroid/content/Intent;I)V
    :try_end
    .catch Ljava/lang/RuntimeException; {:try_start .. :try_end} :no_picker
    return-void

    # No app on the phone can pick a file: tell the page nothing was chosen.
    :no_picker
    const/4 v1, 0x0
    iput-object v1, p0, Lkz/aman/app/MainActivity;->fileCallback:Landroid/webkit/ValueCallback;
    invoke-interface {p1, v1}, Landroid/webkit/ValueCallback;->onReceiveValue(Ljava/lang/Object;)V
    return-void
.end method


.method protected onActivityResult(IILandroid/content/Intent;)V
    .locals 2
    invoke-super {p0, p1, p2, p3}, Landroid/app/Activity;->onActivityResult(IILandroid/content/Intent;)V
    const/4 v0, 0x1
    if-ne p1, v0, :done
    iget-object v0, p0, Lkz/aman/app/MainActivity;->fileCallback:Landroid/webkit/ValueCallback;
    if-eqz v0, :done
    const/4 v1, 0x0
    iput-object v1, p0, Lkz/aman/app/MainActivity;->fileCallback:Landroid/webkit/ValueCallback;
    # null when cancelled, else the chosen file's content:// Uri.
    invoke-static {p2, p3}, Landroid/webkit/WebChromeClient$FileChooserParams;->parseResult(ILandroid/content/Intent;)[Landroid/net/Uri;
    move-result-object v1
    invoke-interface {v0, v1}, Landroid/webkit/ValueCallback;->onReceiveValue(Ljava/lang/Object;)V

    :done
    return-void
.end method
