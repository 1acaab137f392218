/* Voice notes for reflection prompts (docs/voice-notes.md).
 *
 * Each [data-voice-note] block holds a plain form that posts a file from the phone's own
 * recorder app. Where the browser can record (MediaRecorder and getUserMedia), this script shows
 * big Record / Stop / Keep / Discard buttons instead: the learner listens to the recording
 * before keeping it, and nothing leaves the phone until they tap "Keep and save". Recording
 * stops by itself at the site's limit (data-max-seconds). Without a recorder, or with the
 * microphone refused, a kind note says so and the text box and the file form still work.
 *
 * The microphone is released as soon as recording stops, and at once when the page is left
 * (quick exit included). Loaded with `defer`, once per prompt: each block is set up only once.
 * No inline script, for the site's Content-Security-Policy. ES2017, no libraries. */
(function () {
  "use strict";

  // The first type this browser records in wins; the server keeps only these containers.
  var TYPES = ["audio/webm;codecs=opus", "audio/webm", "audio/ogg;codecs=opus", "audio/mp4"];
  var EXTENSIONS = { "audio/webm": "webm", "audio/ogg": "ogg", "audio/mp4": "m4a" };

  var canRecord = typeof window.MediaRecorder === "function" && !!navigator.mediaDevices &&
    typeof navigator.mediaDevices.getUserMedia === "function";

  function pickType() {
    if (typeof window.MediaRecorder.isTypeSupported !== "function") { return ""; }
    for (var i = 0; i < TYPES.length; i++) {
      if (window.MediaRecorder.isTypeSupported(TYPES[i])) { return TYPES[i]; }
    }
    return "";
  }

  function show(element, visible) {
    if (element) { element.hidden = !visible; }
  }

  function clock(seconds) {
    var s = Math.floor(seconds % 60);
    return Math.floor(seconds / 60) + ":" + (s < 10 ? "0" : "") + s;
  }

  function setUp(root) {
    if (root.getAttribute("data-voice-note-ready")) { return; }
    root.setAttribute("data-voice-note-ready", "1");
    var form = root.querySelector("[data-voice-note-form]");
    var recorderBox = root.querySelector("[data-voice-note-recorder]");
    var fallback = root.querySelector("[data-voice-note-fallback]");
    var status = root.querySelector("[data-voice-note-status]");
    var record = root.querySelector("[data-voice-note-record]");
    var stop = root.querySelector("[data-voice-note-stop]");
    var time = root.querySelector("[data-voice-note-time]");
    var preview = root.querySelector("[data-voice-note-preview]");
    var save = root.querySelector("[data-voice-note-save]");
    var discard = root.querySelector("[data-voice-note-discard]");
    if (!form || !recorderBox || !status || !record || !stop || !preview || !save || !discard) {
      return;
    }
    var maxSeconds = parseInt(root.getAttribute("data-max-seconds"), 10) || 180;
    var maxBytes = parseInt(root.getAttribute("data-max-bytes"), 10) || 5242880;

    function say(key) { status.textContent = status.getAttribute("data-" + key) || ""; }

    if (!canRecord) {
      say("no-recorder");
      return;
    }
    show(recorderBox, true);
    show(fallback, false);

    var stream = null;
    var recorder = null;
    var chunks = [];
    var blob = null;
    var previewUrl = "";
    var timer = null;
    var startedAt = 0;

    function release() {
      if (timer) { window.clearInterval(timer); timer = null; }
      if (stream) {
        stream.getTracks().forEach(function (track) { track.stop(); });
        stream = null;
      }
    }

    function clearRecording() {
      if (previewUrl) { URL.revokeObjectURL(previewUrl); previewUrl = ""; }
      preview.removeAttribute("src");
      blob = null;
      chunks = [];
    }

    function ready() {
      // Back to the start: only Record shows.
      show(record, true);
      show(stop, false);
      show(time, false);
      show(preview, false);
      show(save, false);
      show(discard, false);
      save.disabled = false;
    }

    function refused() {
      release();
      ready();
      show(recorderBox, false);
      show(fallback, true);
      say("no-microphone");
    }

    function finished() {
      release();
      var type = (recorder && recorder.mimeType) || pickType() || "audio/webm";
      blob = new Blob(chunks, { type: type.split(";")[0] });
      recorder = null;
      show(stop, false);
      show(time, false);
      if (!blob.size) { clearRecording(); ready(); return; }
      if (blob.size > maxBytes) { clearRecording(); ready(); say("too-long"); return; }
      previewUrl = URL.createObjectURL(blob);
      preview.src = previewUrl;
      show(preview, true);
      show(save, true);
      show(discard, true);
      say("listen");
      save.focus();
    }

    record.addEventListener("click", function () {
      clearRecording();
      status.textContent = "";
      record.disabled = true;
      navigator.mediaDevices.getUserMedia({ audio: true }).then(function (media) {
        stream = media;
        var type = pickType();
        try {
          recorder = type ? new window.MediaRecorder(media, { mimeType: type })
            : new window.MediaRecorder(media);
        } catch (e) {
          record.disabled = false;
          refused();
          return;
        }
        recorder.addEventListener("dataavailable", function (event) {
          if (event.data && event.data.size) { chunks.push(event.data); }
        });
        recorder.addEventListener("stop", finished);
        recorder.start(1000);
        startedAt = Date.now();
        record.disabled = false;
        show(record, false);
        show(stop, true);
        show(time, true);
        time.textContent = clock(0) + " / " + clock(maxSeconds);
        timer = window.setInterval(function () {
          var seconds = (Date.now() - startedAt) / 1000;
          time.textContent = clock(seconds) + " / " + clock(maxSeconds);
          if (seconds >= maxSeconds && recorder && recorder.state !== "inactive") { recorder.stop(); }
        }, 500);
        say("recording");
        stop.focus();
      }, function () {
        record.disabled = false;
        refused();
      });
    });

    stop.addEventListener("click", function () {
      if (recorder && recorder.state !== "inactive") { recorder.stop(); }
    });

    discard.addEventListener("click", function () {
      clearRecording();
      ready();
      status.textContent = "";
      record.focus();
    });

    save.addEventListener("click", function () {
      if (!blob || save.disabled) { return; }
      // One tap, one save: the button stays off until the server answers (the server also
      // refuses a second use of the form's token).
      save.disabled = true;
      discard.disabled = true;
      say("saving");
      var data = new FormData(form);
      data.set("audio", blob, "voice-note." + (EXTENSIONS[blob.type] || "webm"));
      fetch(form.action, {
        method: "POST",
        body: data,
        credentials: "same-origin",
        headers: { Accept: "application/json" }
      }).then(function (response) {
        var type = response.headers.get("Content-Type") || "";
        if (type.indexOf("json") === -1) {
          // Not our answer: a proxy's "too large" page, or a refused form token (403) after
          // the session changed. Say what is true and keep the recording to try again.
          say(response.status === 413 ? "too-long" : (response.status === 403 ? "stale" : "offline"));
          save.disabled = false;
          discard.disabled = false;
          return;
        }
        return response.json().then(function (answer) {
          if (response.ok || response.status === 409) {
            clearRecording();
            var next = (answer && answer.next) || window.location.href;
            var here = window.location.href.split("#")[0];
            if (next.split("#")[0] === here || next.split("#")[0] === window.location.pathname) {
              window.location.reload();
            } else {
              window.location.assign(next);
            }
            return;
          }
          status.textContent = (answer && answer.error) || status.getAttribute("data-offline");
          save.disabled = response.status === 400;
          discard.disabled = false;
        });
      }).catch(function () {
        say("offline");
        save.disabled = false;
        discard.disabled = false;
      });
    });

    // Leaving the page (quick exit included) ends any recording and frees the microphone.
    window.addEventListener("pagehide", function () {
      if (recorder && recorder.state !== "inactive") {
        recorder.removeEventListener("stop", finished);
        recorder.stop();
      }
      release();
      clearRecording();
    });
  }

  var roots = document.querySelectorAll("[data-voice-note]");
  for (var i = 0; i < roots.length; i++) { setUp(roots[i]); }
})();
