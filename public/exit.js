// Aman's quick exit lands here. Pushing one entry discards the Aman screens that were "forward" of this
// page in the history, so neither Back nor Forward returns to Aman.
history.pushState(null, '', location.href);
