# Keeps the app's own page inside the WebView and hands every other link to the phone: tel: to the
# dialer, sms: to the messaging app (Aman's call and SMS buttons), https: to a browser.
.class final Lkz/aman/app/AmanWebViewClient;
.super Landroid/webkit/WebViewClient;
.source "AmanWebViewClient.smali"

.field private final activity:Landroid/app/Activity;


.method constructor <init>(Landroid/app/Activity;)V
    .locals 0
    invoke-direct {p0}, Landroid/webkit/WebViewClient;-><init>()V
    iput-object p1, p0, Lkz/aman/app/AmanWebViewClient;->activity:Landroid/app/Activity;
    return-void
.end method


# The String overload, not the WebResourceRequest one (API 24): it is called on every version from 21 on,
# because the newer method's default implementation forwards to it.
.method public shouldOverrideUrlLoading(Landroid/webkit/WebView;Ljava/lang/String;)Z
    .locals 4
    # The app's own page (and its #/ screens) stays inside.
    const-string v0, "file:///android_asset/"
    invoke-virtual {p2, v0}, Ljava/lang/String;->startsWith(Ljava/lang/String;)Z
    move-result v0
    if-nez v0, :inside

    invoke-static {p2}, Landroid/net/Uri;->parse(Ljava/lang/String;)Landroid/net/Uri;
    move-result-object v0
    invoke-virtual {v0}, Landroid/net/Uri;->getScheme()Ljava/lang/String;
    move-result-object v1
    if-eqz v1, :handled
    sget-object v2, Ljava/util/Locale;->ROOT:Ljava/util/Locale;
    invoke-virtual {v1, v2}, Ljava/lang/String;->toLowerCase(Ljava/util/Locale;)Ljava/lang/String;
    move-result-object v1

    # Any other file on the phone: never shown, never handed on (Android 7+ forbids file:// intents anyway).
    const-string v2, "file"
    invoke-virtual {v2, v1}, Ljava/lang/String;->equals(Ljava/lang/Object;)Z
    move-result v2
    if-nez v2, :handled
    # URLs only the page itself can make stay inside: they mean nothing to another app.
    const-string v2, "about"
    invoke-virtual {v2, v1}, Ljava/lang/String;->equals(Ljava/lang/Object;)Z
    move-result v2
    if-nez v2, :inside
    const-string v2, "blob"
    invoke-virtual {v2, v1}, Ljava/lang/String;->equals(Ljava/lang/Object;)Z
    move-result v2
    if-nez v2, :inside
    const-string v2, "data"
    invoke-virtual {v2, v1}, Ljava/lang/String;->equals(Ljava/lang/Object;)Z
    move-result v2
    if-nez v2, :inside

    new-instance v2, Landroid/content/Intent;
    const-string v3, "android.intent.action.VIEW"
    invoke-direct {v2, v3, v0}, Landroid/content/Intent;-><init>(Ljava/lang/String;Landroid/net/Uri;)V

    const-string v3, "sms"
    invoke-virtual {v3, v1}, Ljava/lang/String;->equals(Ljava/lang/Object;)Z
    move-result v3
    if-nez v3, :sms
    const-string v3, "smsto"
    invoke-virtual {v3, v1}, Ljava/lang/String;->equals(Ljava/lang/Object;)Z
    move-result v3
    if-eqz v3, :launch

    # Also pass the body as the "sms_body" extra, decoded once: AOSP Messaging reads the extra before the
    # link and then keeps "&", "+" and "%" that its double decoding of ?body= would mangle
    # (src/lib/sms-link.ts); apps that read only ?body= still find it in the link.
    :sms
    invoke-static {v0}, Lkz/aman/app/AmanWebViewClient;->smsBody(Landroid/net/Uri;)Ljava/lang/String;
    move-result-object v3
    if-eqz v3, :launch
    const-string v1, "sms_body"
    invoke-virtual {v2, v1, v3}, Landroid/content/Intent;->putExtra(Ljava/lang/String;Ljava/lang/String;)Landroid/content/Intent;

    :launch
    iget-object v3, p0, Lkz/aman/app/AmanWebViewClient;->activity:Landroid/app/Activity;
    :try_start
    invoke-virtual {v3, v2}, Landroid/app/Activity;->startActivity(Landroid/content/Intent;)V
    :try_end
    # No app for the link (a tablet without a dialer): stay on the page rather than crash.
    .catch Ljava/lang/RuntimeException; {:try_start .. :try_end} :handled

    :handled
    const/4 v0, 0x1
    return v0

    :inside
    const/4 v0, 0x0
    return v0
.end method


# The body field of an sms: link (RFC 5724: sms:+7701...?body=Hello%20there), percent-decoded as UTF-8
# with "+" left as it is; null when the link has none.
.method static smsBody(Landroid/net/Uri;)Ljava/lang/String;
    .locals 3
    invoke-virtual {p0}, Landroid/net/Uri;->getEncodedSchemeSpecificPart()Ljava/lang/String;
    move-result-object v0
    if-eqz v0, :none
    const/16 v1, 0x3f
    invoke-virtual {v0, v1}, Ljava/lang/String;->indexOf(I)I
    move-result v1
    if-ltz v1, :none

    # "&" + the query, so "body=" is found as a whole field name wherever it stands.
    add-int/lit8 v1, v1, 0x1
    invoke-virtual {v0, v1}, Ljava/lang/String;->substring(I)Ljava/lang/String;
    move-result-object v0
    const-string v1, "&"
    invoke-virtual {v1, v0}, Ljava/lang/String;->concat(Ljava/lang/String;)Ljava/lang/String;
    move-result-object v0
    const-string v1, "&body="
    invoke-virtual {v0, v1}, Ljava/lang/String;->indexOf(Ljava/lang/String;)I
    move-result v1
    if-ltz v1, :none
    add-int/lit8 v1, v1, 0x6
    invoke-virtual {v0, v1}, Ljava/lang/String;->substring(I)Ljava/lang/String;
    move-result-object v0

    const/16 v1, 0x26
    invoke-virtual {v0, v1}, Ljava/lang/String;->indexOf(I)I
    move-result v1
    if-ltz v1, :decode
    const/4 v2, 0x0
    invoke-virtual {v0, v2, v1}, Ljava/lang/String;->substring(II)Ljava/lang/String;
    move-result-object v0

    :decode
    invoke-static {v0}, Landroid/net/Uri;->decode(Ljava/lang/String;)Ljava/lang/String;
    move-result-object v0
    return-object v0

    :none
    const/4 v0, 0x0
    return-object v0
.end method
