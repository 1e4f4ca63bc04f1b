# Being set at all makes alert() and confirm() show dialogs; also opens the file picker for contact import.
.class final Lkz/aman/app/AmanChromeClient;
.super Landroid/webkit/WebChromeClient;
.source "AmanChromeClient.smali"

.field private final activity:Lkz/aman/app/MainActivity;


.method constructor <init>(Lkz/aman/app/MainActivity;)V
    .locals 0
    invoke-direct {p0}, Landroid/webkit/WebChromeClient;-><init>()V
    iput-object p1, p0, Lkz/aman/app/AmanChromeClient;->activity:Lkz/aman/app/MainActivity;
    return-void
.end method


# Returning true promises the callback an answer: MainActivity gives one in every case.
.method public onShowFileChooser(Landroid/webkit/WebView;Landroid/webkit/ValueCallback;Landroid/webkit/WebChromeClient$FileChooserParams;)Z
    .locals 1
    iget-object v0, p0, Lkz/aman/app/AmanChromeClient;->activity:Lkz/aman/app/MainActivity;
    invoke-virtual {v0, p2}, Lkz/aman/app/MainActivity;->pickFile(Landroid/webkit/ValueCallback;)V
    const/4 v0, 0x1
    return v0
.end method
