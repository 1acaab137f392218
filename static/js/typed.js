/* Nothing typed is lost (docs/goals-journal-selfcare.md, "Nothing typed is lost").
 *
 * 1. Before leaving a page whose free-text forms (form[data-keep-typed], and boxes tied to
 *    one with form="…") hold words not yet saved, the browser asks "Leave site?". Sending
 *    such a form does not ask, nor does quick exit (safety.js) ever.
 * 2. Words kept by the server after a session ended (the "Your words from before you were
 *    signed out" box, courses/kept_text.py) are put back into the form they came from.
 *
 * Only speeds up what already works without JavaScript. Loaded with `defer`; no inline script,
 * so it runs under the site's strict Content-Security-Policy. */
(function () {
  "use strict";

  var leaving = false;

  function keptForms() {
    return document.querySelectorAll("form[data-keep-typed]");
  }

  function isTextField(field) {
    var tag = field.tagName;
    return tag === "TEXTAREA" || (tag === "INPUT" && (field.type === "text" || field.type === ""));
  }

  function unsaved() {
    var forms = keptForms();
    for (var i = 0; i < forms.length; i++) {
      // form.elements includes boxes outside the form tied to it with form="…".
      var fields = forms[i].elements;
      for (var j = 0; j < fields.length; j++) {
        if (isTextField(fields[j]) && fields[j].value !== fields[j].defaultValue) {
          return true;
        }
      }
    }
    return false;
  }

  var forms = keptForms();
  for (var i = 0; i < forms.length; i++) {
    // Sending the words is not losing them: no question on the way to the server.
    forms[i].addEventListener("submit", function () { leaving = true; });
  }

  document.addEventListener("safety:quick-exit", function () { leaving = true; });

  window.addEventListener("beforeunload", function (event) {
    if (leaving || !unsaved()) { return; }
    event.preventDefault();
    // Older browsers need returnValue set; every browser shows its own wording.
    event.returnValue = "";
  });

  // Back from the next page through the browser's cache: the page is live again.
  window.addEventListener("pageshow", function (event) {
    if (event.persisted) { leaving = false; }
  });

  /* Words kept after the session ended go back into their field (the field of the same name in
   * a form[data-keep-typed]). They stay unsaved until sent, so leaving still asks. */
  var kept = document.querySelectorAll("textarea[data-kept-for]");
  for (var k = 0; k < kept.length; k++) {
    var name = kept[k].getAttribute("data-kept-for");
    var candidates = document.getElementsByName(name);
    for (var c = 0; c < candidates.length; c++) {
      var field = candidates[c];
      if (field !== kept[k] && field.form && field.form.hasAttribute("data-keep-typed") &&
          isTextField(field)) {
        field.value = kept[k].value;
        break;
      }
    }
  }
})();
