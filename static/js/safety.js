/* Safety in every screen (docs/safety.md). Everything here only speeds up what already works
 * without JavaScript: the quick exit link, the content note's links, the "I'm still here" form.
 * Loaded with `defer`; no inline script, so it runs under a strict Content-Security-Policy. */
(function () {
  "use strict";

  var SHIFT_PRESSES = 3;
  var SHIFT_WINDOW_MS = 5000;
  var WARN_BEFORE_MS = 2 * 60 * 1000;

  function announce(text) {
    var status = document.getElementById("safety-status");
    if (status) {
      status.textContent = "";
      // A fresh text node after a tick makes screen readers read it again.
      window.setTimeout(function () { status.textContent = text; }, 50);
    }
  }

  /* Quick exit: hide everything at once, then replace this history entry with the neutral
   * site, so Back does not return here. */
  var exitLink = document.querySelector("a.quick-exit");
  var exiting = false;

  function quickExit() {
    if (exiting) { return; }
    exiting = true;
    document.documentElement.classList.add("safety-exiting");
    document.title = "";
    // A lesson being read aloud falls silent at once (courses/read-aloud.js): told first, so it
    // does not go on to the next sentence, then the phone's voice is stopped here in any case.
    try {
      document.dispatchEvent(new CustomEvent("safety:quick-exit"));
    } catch (e) { /* never let this stand in the way of leaving */ }
    if (window.speechSynthesis) { window.speechSynthesis.cancel(); }
    var target = (exitLink && exitLink.getAttribute("data-neutral-url")) ||
      (exitLink && exitLink.href) || "about:blank";
    window.location.replace(target);
  }

  if (exitLink) {
    exitLink.addEventListener("click", function (event) {
      if (event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) { return; }
      event.preventDefault();
      quickExit();
    });
  }

  // Shift pressed three times within five seconds. Esc is not used: it also stops page loads.
  // Only a Shift pressed and released on its own counts, and any other key starts the count
  // again, so typing capital letters in a reflection never sends anyone away.
  var shiftTimes = [];
  var shiftAlone = false;
  document.addEventListener("keydown", function (event) {
    if (event.key === "Shift") {
      if (!event.repeat) { shiftAlone = true; }
      return;
    }
    shiftAlone = false;
    shiftTimes = [];
  }, true);
  document.addEventListener("keyup", function (event) {
    if (event.key !== "Shift" || !shiftAlone) { return; }
    shiftAlone = false;
    var now = Date.now();
    shiftTimes.push(now);
    shiftTimes = shiftTimes.filter(function (t) { return now - t <= SHIFT_WINDOW_MS; });
    if (shiftTimes.length >= SHIFT_PRESSES) {
      shiftTimes = [];
      quickExit();
    }
  }, true);

  // Coming back with the browser's Back/Forward cache must not show the hidden page again
  // half-way through an exit.
  window.addEventListener("pageshow", function (event) {
    if (event.persisted && exiting) { quickExit(); }
  });

  /* Content note: "Continue to the lesson" hides the note and moves to the lesson. */
  document.addEventListener("click", function (event) {
    var link = event.target.closest ? event.target.closest("[data-content-note-continue]") : null;
    if (!link) { return; }
    var note = link.closest(".content-note");
    var body = document.getElementById("lesson-body");
    if (note && body) {
      event.preventDefault();
      note.hidden = true;
      body.focus();
    }
  });

  /* Session-timeout warning with one-tap extend. */
  var warning = document.getElementById("session-warning");
  if (warning) {
    var idleMinutes = parseInt(warning.getAttribute("data-idle-minutes"), 10) || 30;
    var idleMs = idleMinutes * 60 * 1000;
    var warnTimer = null;
    var endTimer = null;
    var form = warning.querySelector("form");
    var button = form ? form.querySelector("button") : null;
    var previousFocus = null;

    var hasUnsentText = function () {
      var fields = document.querySelectorAll("textarea, input[type=text]");
      for (var i = 0; i < fields.length; i++) {
        if (fields[i].value !== fields[i].defaultValue) { return true; }
      }
      return false;
    };

    var schedule = function () {
      window.clearTimeout(warnTimer);
      window.clearTimeout(endTimer);
      warnTimer = window.setTimeout(showWarning, Math.max(idleMs - WARN_BEFORE_MS, 0));
      // At the limit the server has signed the person out; reload so the page is no longer on
      // screen. Never while unsent text is on the page: sending it still works (the server
      // lets a form through), and losing someone's writing is worse than a page left open.
      endTimer = window.setTimeout(function () {
        if (!hasUnsentText()) { window.location.reload(); }
      }, idleMs + 5000);
    };

    var showWarning = function () {
      previousFocus = document.activeElement;
      warning.hidden = false;
      if (button) { button.focus(); }
    };

    if (form) {
      form.addEventListener("submit", function (event) {
        if (!window.fetch) { return; }
        event.preventDefault();
        fetch(form.action, {
          method: "POST",
          body: new FormData(form),
          credentials: "same-origin",
          headers: { "Accept": "application/json" }
        }).then(function (response) {
          // A redirect means the session had already ended (sent to sign-in): let the form
          // go there itself rather than say "still signed in".
          if (!response.ok || response.redirected) { throw new Error(String(response.status)); }
          warning.hidden = true;
          if (previousFocus && previousFocus.focus) { previousFocus.focus(); }
          announce(warning.getAttribute("data-extended-text") || "");
          schedule();
        }).catch(function () { form.submit(); });
      });
    }
    schedule();
  }
})();
