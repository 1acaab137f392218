/* "Listen": the lesson read aloud by the phone's own voice (docs/read-aloud.md).
 *
 * The browser's speech synthesis speaks on the phone itself: no server, nothing sent anywhere,
 * and it keeps working offline once the page is loaded. The controls are `hidden` in the HTML
 * and shown here only when the phone has a voice for the lesson's language (the `lang` of
 * #lesson-body); otherwise a short note says so, once per language on this phone.
 *
 * One utterance per sentence, so the sentence being read can be highlighted, and so no single
 * utterance runs long (some engines cut long ones off). Quick exit (safety.js) and leaving the
 * page stop the voice at once. Loaded with `defer`; no inline script, for the site's
 * Content-Security-Policy. ES2017, no libraries: it runs on old Android Chrome. */
(function () {
  "use strict";

  // How long to wait for the phone's voices to load before saying there is none.
  var VOICE_WAIT_MS = 2000;
  // A little slower than the default: easier to follow for someone still learning to read.
  var RATE = 0.9;
  var NOTE_KEY = "read-aloud-no-voice-note:";
  var HIGHLIGHT = "read-aloud";
  var CURRENT_CLASS = "read-aloud-current";
  // Elements whose text is read, each a unit of its own; text elsewhere belongs to its parent.
  var READABLE = "h1,h2,h3,h4,h5,h6,p,li,dt,dd,blockquote,figcaption,legend,label,th,td,caption,pre";
  // Never read: form fields and their values, buttons, players, these controls themselves, and
  // the voice-note recorder under a reflection prompt (controls, not the lesson).
  var SKIP = "script,style,noscript,template,textarea,select,input,button,summary,audio,video," +
    "iframe,object,svg,canvas,[hidden],[aria-hidden='true'],[data-read-aloud],[data-h5p-player]," +
    "[data-voice-note]";
  // Sentence ends: . ? ! and the danda (Hindi, Bengali), with closing quotes or brackets, before
  // a space or the end; and a line break (<br>), marked by U+2028 while collecting the text.
  var SENTENCE_END = /[.?!\u0964\u0965]+["'\u2019\u201d)\]]*(?=\s|$)|\u2028+/g;
  // Something worth saying on its own: not only digits, punctuation and spaces ("1." in "1. Which
  // ..." joins the sentence after it).
  var WORDY = /[^\s\d\u09e6-\u09ef\u0966-\u096f\u0c66-\u0c6f.?!\u0964\u0965,;:"'()\[\]\u2018\u2019\u201c\u201d\u2013\u2014-]/;
  // Three-letter codes some older Android engines report.
  var ISO3 = { eng: "en", ben: "bn", hin: "hi", tel: "te" };

  var root = document.querySelector("[data-read-aloud]");
  var body = document.getElementById("lesson-body");
  var synth = window.speechSynthesis;
  if (!root || !body || !synth || typeof window.SpeechSynthesisUtterance !== "function") { return; }

  var controls = root.querySelector("[data-read-aloud-controls]");
  var play = root.querySelector("[data-read-aloud-play]");
  var stopButton = root.querySelector("[data-read-aloud-stop]");
  var note = root.querySelector("[data-read-aloud-note]");
  if (!controls || !play || !stopButton) { return; }

  function primary(code) {
    var first = String(code || "").toLowerCase().replace(/_/g, "-").split("-")[0];
    return ISO3[first] || first;
  }

  var language = primary(body.getAttribute("lang") || document.documentElement.getAttribute("lang"));
  var voice = null;

  /* The best of the phone's voices for the lesson's language: one on the phone itself (works
   * offline) before a network one, an Indian one before others, the phone's default first. */
  function voiceFor(lang) {
    var voices = synth.getVoices() || [];
    var best = null;
    var bestScore = -1;
    for (var i = 0; i < voices.length; i++) {
      var parts = String(voices[i].lang || "").toLowerCase().replace(/_/g, "-").split("-");
      if ((ISO3[parts[0]] || parts[0]) !== lang) { continue; }
      var score = (voices[i].localService ? 4 : 0) + (/^in/.test(parts[1] || "") ? 2 : 0) +
        (voices[i]["default"] ? 1 : 0);
      if (score > bestScore) { best = voices[i]; bestScore = score; }
    }
    return best;
  }

  function storageGet(key) {
    try { return window.localStorage.getItem(key); } catch (e) { return null; }
  }

  function storageSet(key, value) {
    try { window.localStorage.setItem(key, value); } catch (e) { /* private mode: say it again */ }
  }

  /* --- Finding a voice ---------------------------------------------------------------------- */

  var waitTimer = null;

  function offerListen(found) {
    voice = found;
    window.clearTimeout(waitTimer);
    if (note) { note.hidden = true; }
    controls.hidden = false;
  }

  function sayNoVoice() {
    if (!note || storageGet(NOTE_KEY + language)) { return; }
    storageSet(NOTE_KEY + language, "1");
    note.hidden = false;
  }

  function voicesChanged() {
    if (voice) { return; }
    var found = voiceFor(language);
    if (found) { offerListen(found); }
  }

  // getVoices() is often empty at first and fills in when "voiceschanged" fires.
  if (synth.addEventListener) {
    synth.addEventListener("voiceschanged", voicesChanged);
  } else {
    synth.onvoiceschanged = voicesChanged;
  }
  voicesChanged();
  if (!voice) {
    waitTimer = window.setTimeout(function () { if (!voice) { sayNoVoice(); } }, VOICE_WAIT_MS);
  }

  /* --- What is read --------------------------------------------------------------------------- */

  function rendered(element) {
    if (element.getClientRects().length > 0) { return true; }
    // display: contents has no box of its own, but its children may.
    return window.getComputedStyle(element).display === "contents";
  }

  /* The lesson body's visible text in reading order, in pieces: each piece a run of text with
   * the element it belongs to (a heading, paragraph, list item...) and the text nodes it came
   * from, so that a sentence can be found on the page again to highlight it. */
  function collectPieces() {
    var pieces = [];
    var piece = null;
    var walker = document.createTreeWalker(body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
      acceptNode: function (node) {
        if (node.nodeType === 3) { return NodeFilter.FILTER_ACCEPT; }
        if (node.matches(SKIP) || !rendered(node)) { return NodeFilter.FILTER_REJECT; }
        return node.tagName === "BR" ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP;
      }
    });
    var node;
    while ((node = walker.nextNode())) {
      var isText = node.nodeType === 3;
      var parent = isText ? node.parentElement : node;
      if (isText && window.getComputedStyle(parent).visibility === "hidden") { continue; }
      var owner = parent.closest(READABLE);
      if (!owner || !body.contains(owner)) { owner = parent; }
      if (!piece || piece.owner !== owner) {
        // A new piece starts with words, never with a space or a line break.
        if (!isText || !/\S/.test(node.data)) { continue; }
        piece = { owner: owner, text: "", nodes: [] };
        pieces.push(piece);
      }
      if (isText) {
        piece.nodes.push({ node: node, start: piece.text.length });
        piece.text += node.data;
      } else {
        piece.text += "\u2028";
      }
    }
    return pieces;
  }

  /* A position in a piece's text as a (text node, offset) pair for a Range. */
  function position(piece, offset, atEnd) {
    var nodes = piece.nodes;
    for (var i = nodes.length - 1; i >= 0; i--) {
      var entry = nodes[i];
      var length = entry.node.data.length;
      if (offset >= entry.start && (offset > entry.start || !atEnd || i === 0)) {
        return { node: entry.node, offset: Math.min(offset - entry.start, length) };
      }
    }
    return { node: nodes[0].node, offset: 0 };
  }

  /* Sentences in reading order: the words to say, and where they are on the page. */
  function collectSentences() {
    var sentences = [];
    collectPieces().forEach(function (piece) {
      var text = piece.text;
      var start = 0;
      var bounds = [];
      var match;
      SENTENCE_END.lastIndex = 0;
      while ((match = SENTENCE_END.exec(text))) {
        var end = match.index + match[0].length;
        bounds.push([start, end]);
        start = end;
      }
      if (start < text.length) { bounds.push([start, text.length]); }
      var pending = null;
      bounds.forEach(function (bound) {
        var from = pending === null ? bound[0] : pending;
        var slice = text.slice(from, bound[1]);
        if (!WORDY.test(slice)) {
          pending = from;
          return;
        }
        pending = null;
        var lead = slice.length - slice.replace(/^\s+/, "").length;
        var trail = slice.length - slice.replace(/\s+$/, "").length;
        sentences.push({
          text: slice.replace(/\s+/g, " ").trim(),
          owner: piece.owner,
          start: position(piece, from + lead, false),
          end: position(piece, bound[1] - trail, true)
        });
      });
    });
    return sentences;
  }

  /* --- Highlighting --------------------------------------------------------------------------- */

  var canHighlight = !!(window.CSS && CSS.highlights && typeof window.Highlight === "function");
  var marked = null;

  function unmark() {
    if (canHighlight) { CSS.highlights["delete"](HIGHLIGHT); }
    if (marked) { marked.classList.remove(CURRENT_CLASS); marked = null; }
  }

  function mark(sentence) {
    unmark();
    var range = null;
    try {
      range = document.createRange();
      range.setStart(sentence.start.node, sentence.start.offset);
      range.setEnd(sentence.end.node, sentence.end.offset);
    } catch (e) {
      range = null; // the page changed under us: fall back to the element
    }
    if (canHighlight && range) {
      CSS.highlights.set(HIGHLIGHT, new Highlight(range));
    } else {
      marked = sentence.owner;
      marked.classList.add(CURRENT_CLASS);
    }
    bringIntoView(range ? range.getBoundingClientRect() : sentence.owner.getBoundingClientRect(),
      sentence.owner);
  }

  // Scroll only when the sentence is not already on screen, gently unless the phone asks for
  // less motion; the quick exit bar at the top and these controls (at the bottom while reading)
  // must not cover it.
  function bringIntoView(rect, owner) {
    var top = 72;
    var bottom = window.innerHeight - (controls.getBoundingClientRect().height + 24);
    if (rect.height > 0 && rect.top >= top && rect.bottom <= bottom) { return; }
    var reduce = window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    owner.scrollIntoView({ block: "center", behavior: reduce ? "auto" : "smooth" });
  }

  /* --- Reading -------------------------------------------------------------------------------- */

  var state = "idle"; // "idle", "playing" or "paused"
  var sentences = [];
  var index = 0;
  // Every start and stop takes a new turn; events of an older utterance (an "end" that a
  // cancel causes, say) belong to an old turn and are ignored.
  var turn = 0;
  // Held so that Chrome does not garbage-collect the utterance and never fire its "end".
  var current = null;

  function exiting() {
    return document.documentElement.classList.contains("safety-exiting");
  }

  function show() {
    var label = state === "playing" ? "pause" : (state === "paused" ? "resume" : "listen");
    play.textContent = play.getAttribute("data-label-" + label);
    var focusWasOnStop = document.activeElement === stopButton;
    stopButton.hidden = state === "idle";
    root.classList.toggle("read-aloud-active", state !== "idle");
    document.documentElement.classList.toggle("read-aloud-on", state !== "idle");
    if (focusWasOnStop && stopButton.hidden) { play.focus(); }
  }

  function speakAt(i) {
    var myTurn = ++turn;
    if (exiting() || i >= sentences.length) { finish(); return; }
    index = i;
    var utterance = new window.SpeechSynthesisUtterance(sentences[i].text);
    utterance.lang = voice && voice.lang ? String(voice.lang).replace(/_/g, "-") : language;
    if (voice) { utterance.voice = voice; }
    utterance.rate = RATE;
    utterance.onend = function () {
      if (myTurn === turn && state === "playing") { speakAt(i + 1); }
    };
    utterance.onerror = function (event) {
      if (myTurn !== turn) { return; }
      if (event && (event.error === "interrupted" || event.error === "canceled")) { return; }
      finish(); // the voice failed: stop quietly, the text is all still there
    };
    current = utterance;
    mark(sentences[i]);
    synth.speak(utterance);
  }

  function silence() {
    turn++;
    current = null;
    synth.cancel();
  }

  function finish() {
    turn++;
    current = null;
    state = "idle";
    index = 0;
    unmark();
    show();
  }

  function start() {
    sentences = collectSentences();
    if (!sentences.length) { return; }
    // Anything left queued, or an engine left paused by another page, would hold us up.
    if (synth.speaking || synth.pending || synth.paused) { synth.cancel(); }
    state = "playing";
    show();
    speakAt(0);
  }

  /* Pause stops the voice and keeps the place; Resume reads that sentence again from its start.
   * speechSynthesis.pause() is not used: on Android Chrome it stops for good or does nothing. */
  function pause() {
    if (state !== "playing") { return; }
    state = "paused";
    silence();
    show();
  }

  function resume() {
    if (state !== "paused") { return; }
    state = "playing";
    show();
    speakAt(index);
  }

  function stop() {
    if (state === "idle") { return; }
    silence();
    finish();
  }

  play.addEventListener("click", function () {
    if (state === "playing") { pause(); } else if (state === "paused") { resume(); } else { start(); }
  });
  stopButton.addEventListener("click", stop);

  // Quick exit (safety.js) first tells us, then silences the phone's voice itself too; a voice
  // going on after quick exit would give the person away.
  document.addEventListener("safety:quick-exit", function () {
    if (state !== "idle") { silence(); finish(); }
  });
  // Leaving the page stops; switching away (another app, the screen locked) pauses, so the
  // phone never speaks about the lesson from a pocket or to someone else in the room.
  window.addEventListener("pagehide", function () {
    if (state !== "idle") { silence(); finish(); }
  });
  document.addEventListener("visibilitychange", function () {
    if (document.visibilityState === "hidden") { pause(); }
  });
})();
