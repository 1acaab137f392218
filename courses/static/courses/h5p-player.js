/*
 * Plays the H5P activities of a lesson with h5p-standalone, sends their xAPI statements to the
 * site's record store, and keeps the learner's place.
 *
 * - A lesson may hold several activities. Each player starts only when its block comes near
 *   the screen (the rest of the lesson is shown at once), one player at a time (h5p-standalone
 *   sets up page-wide globals while a player starts; see `keepStandalone` and `listen`).
 * - Statements get an id, a timestamp and the learner's agent as actor here, so a statement
 *   re-sent after a dropped connection is the same statement (the store accepts it once).
 *   They wait in a queue and are retried with growing pauses; nothing is lost on a slow or
 *   broken network.
 * - The learner's place (H5P's getCurrentState) is saved every few seconds when it changed,
 *   and when the page is hidden or left, as the xAPI state document {package, state}.
 * - After a scored attempt, the block's status line says how it went (role="status").
 */
(function () {
  "use strict";

  var VERSION = "1.0.3";
  var ATTEMPT_VERBS = [
    "http://adlnet.gov/expapi/verbs/answered",
    "http://adlnet.gov/expapi/verbs/completed",
  ];
  // Starts a player this far before its block scrolls into view: a slow network has time to
  // fetch the activity while the learner reads the text above it.
  var NEAR_SCREEN = "1200px 0px";
  // h5p-standalone's own script, fetched only when the first player is near the screen.
  var script = document.currentScript;
  var standaloneSrc = script && script.getAttribute("data-standalone-src");
  var standaloneLoading = null;
  var players = [];
  var queue = [];
  var sending = false;
  var retryDelay = 2000;
  var listeningTo = null;
  var starting = Promise.resolve();

  function csrfToken() {
    var match = document.cookie.match(/(?:^|;\s*)csrftoken=([^;]+)/);
    return match ? decodeURIComponent(match[1]) : "";
  }

  function headers() {
    return {
      "Content-Type": "application/json",
      "X-Experience-API-Version": VERSION,
      "X-CSRFToken": csrfToken(),
    };
  }

  function uuid() {
    if (window.crypto && window.crypto.randomUUID) {
      return window.crypto.randomUUID();
    }
    var bytes = new Uint8Array(16);
    window.crypto.getRandomValues(bytes);
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    var hex = Array.prototype.map.call(bytes, function (b) {
      return (b + 0x100).toString(16).slice(1);
    }).join("");
    return [hex.slice(0, 8), hex.slice(8, 12), hex.slice(12, 16), hex.slice(16, 20), hex.slice(20)].join("-");
  }

  function playerFor(objectId) {
    for (var i = 0; i < players.length; i++) {
      var iri = players[i].config.iri;
      if (objectId === iri || objectId.indexOf(iri + "?") === 0) {
        return players[i];
      }
    }
    return null;
  }

  function isTopLevelAttempt(statement) {
    var parents = statement.context && statement.context.contextActivities &&
      statement.context.contextActivities.parent;
    return ATTEMPT_VERBS.indexOf(statement.verb.id) !== -1 && !(parents && parents.length);
  }

  // --- Statements ------------------------------------------------------------------------------

  function onStatement(event) {
    var statement = event.data && event.data.statement;
    if (!statement || !statement.object || !statement.object.id) {
      return;
    }
    var player = playerFor(statement.object.id);
    if (!player) {
      return;
    }
    statement.id = statement.id || uuid();
    statement.timestamp = statement.timestamp || new Date().toISOString();
    // H5P makes up an actor without a homePage, which is not a valid Agent; the store
    // checks the statement as sent, so it goes as the learner's own (pseudonymous) agent.
    statement.actor = player.config.agent;
    queue.push({ statement: statement, player: player });
    flush(false);
  }

  function flush(leaving) {
    if (sending || !queue.length) {
      return;
    }
    var batch = queue.slice(0, 50);
    var url = batch[0].player.config.statementsUrl;
    sending = true;
    fetch(url, {
      method: "POST",
      headers: headers(),
      credentials: "same-origin",
      keepalive: leaving,
      body: JSON.stringify(batch.map(function (item) { return item.statement; })),
    }).then(function (response) {
      sending = false;
      if (response.status === 401 || response.status === 403) {
        // Signed out (or the session's CSRF token changed): keep every answer and say so.
        tell(batch, "data-msg-signed-out");
        retryLater();
        return;
      }
      if (response.ok || (response.status >= 400 && response.status < 500 &&
          response.status !== 408 && response.status !== 429)) {
        // Stored, or refused for good (resending would be refused again): next in line.
        if (!response.ok) {
          response.text().then(function (text) {
            console.warn("xAPI statements refused:", response.status, text);
          });
        }
        queue.splice(0, batch.length);
        retryDelay = 2000;
        if (response.ok) {
          clearWaiting(batch);
          afterStored(batch);
        }
        flush(false);
      } else {
        tell(batch, "data-msg-waiting");
        retryLater();
      }
    }).catch(function () {
      sending = false;
      tell(batch, "data-msg-waiting");
      retryLater();
    });
  }

  function clearWaiting(batch) {
    batch.forEach(function (item) {
      var status = item.player.status;
      var element = item.player.element;
      if (status && (status.textContent === element.getAttribute("data-msg-waiting") ||
          status.textContent === element.getAttribute("data-msg-signed-out"))) {
        status.textContent = "";
      }
    });
  }

  // Puts a waiting message (a data-msg-* attribute of the player, translated by the server)
  // in the status line of each player whose answers are still queued.
  function tell(batch, attribute) {
    batch.forEach(function (item) {
      var text = item.player.element.getAttribute(attribute);
      if (item.player.status && text) {
        item.player.status.textContent = text;
      }
    });
  }

  function retryLater() {
    window.setTimeout(function () { flush(false); }, retryDelay);
    retryDelay = Math.min(retryDelay * 2, 60000);
  }

  function afterStored(batch) {
    var scored = [];
    batch.forEach(function (item) {
      if (isTopLevelAttempt(item.statement) && scored.indexOf(item.player) === -1) {
        scored.push(item.player);
      }
    });
    scored.forEach(showResult);
  }

  function showResult(player) {
    fetch(player.config.resultUrl, { credentials: "same-origin" })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (result) {
        if (result && player.status) {
          player.status.textContent = result.message;
        }
      })
      .catch(function () { /* the status line can wait for the next attempt */ });
  }

  // --- The learner's place ---------------------------------------------------------------------

  function instanceOf(player) {
    var frame = document.getElementById("h5p-iframe-" + player.config.contentId);
    var scopes = [frame && frame.contentWindow, window];
    for (var i = 0; i < scopes.length; i++) {
      var h5p = scopes[i] && scopes[i].H5P;
      if (h5p && h5p.instances) {
        for (var j = 0; j < h5p.instances.length; j++) {
          if (String(h5p.instances[j].contentId) === String(player.config.contentId)) {
            return h5p.instances[j];
          }
        }
      }
    }
    return null;
  }

  function stateUrl(config) {
    return config.stateUrl +
      "?activityId=" + encodeURIComponent(config.iri) +
      "&agent=" + encodeURIComponent(JSON.stringify(config.agent)) +
      "&stateId=" + encodeURIComponent(config.stateId);
  }

  // Resolves when the place is saved (or there was nothing new to save, or it must wait).
  function saveState(player, leaving) {
    var instance = instanceOf(player);
    if (!instance || typeof instance.getCurrentState !== "function") {
      return Promise.resolve();
    }
    var current;
    try {
      current = instance.getCurrentState();
    } catch (error) {
      // Some content cannot tell its state before every part has started (CoursePresentation
      // holding an InteractiveVideo on a slide not seen yet): saved on a later tick.
      return Promise.resolve();
    }
    if (current === undefined || current === null) {
      return Promise.resolve();
    }
    var state = JSON.stringify(current);
    if (state === player.savedState) {
      return Promise.resolve();
    }
    var body = JSON.stringify({ package: player.config.package, state: state });
    return fetch(stateUrl(player.config), {
      method: "PUT",
      headers: headers(),
      credentials: "same-origin",
      keepalive: leaving,
      body: body,
    }).then(function (response) {
      if (response.ok) {
        player.savedState = state;
        if (player.saved) {
          var now = new Date();
          player.saved.textContent = player.saved.getAttribute("data-label") + " " +
            now.toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" }) + ".";
        }
      }
    }).catch(function () { /* saved on the next tick */ });
  }

  var saving = false;

  function saveAll(leaving) {
    if (leaving) {
      // The page is going: every request now, while it still may send them.
      players.forEach(function (player) { saveState(player, leaving); });
    } else if (!saving) {
      // On the timer, one save after another: a lesson with several activities sends one
      // request at a time over a slow network.
      saving = true;
      players.reduce(function (chain, player) {
        return chain.then(function () { return saveState(player, false); });
      }, Promise.resolve()).then(function () { saving = false; });
    }
    flush(leaving);
  }

  // --- Start -----------------------------------------------------------------------------------

  // h5p-standalone's player class, kept from the moment its script has run: H5P's core
  // (frame.bundle.js, which the first player runs in this page) is built as the same UMD
  // library and replaces window.H5PStandalone with an empty module. A second
  // `new H5PStandalone.H5P` then read 'H5P' of undefined, and every activity but the first
  // stayed on "Loading".
  var Standalone = null;

  function keepStandalone() {
    Standalone = window.H5PStandalone && window.H5PStandalone.H5P;
    if (!Standalone) {
      throw new Error("h5p-standalone did not start");
    }
  }

  function loadStandalone() {
    if (Standalone) {
      return Promise.resolve();
    }
    if (window.H5PStandalone && window.H5PStandalone.H5P) {
      keepStandalone();
      return Promise.resolve();
    }
    if (!standaloneLoading) {
      standaloneLoading = new Promise(function (resolve, reject) {
        var tag = document.createElement("script");
        tag.src = standaloneSrc;
        tag.onload = function () {
          try {
            keepStandalone();
            resolve();
          } catch (error) {
            reject(error);
          }
        };
        tag.onerror = function () {
          standaloneLoading = null;  // a later block may try again when the network is back
          reject(new Error("h5p-standalone did not load"));
        };
        document.head.appendChild(tag);
      });
    }
    return standaloneLoading;
  }

  // Statements from every frame reach the page's H5P.externalDispatcher (each frame forwards
  // to window.parent.H5P.externalDispatcher when it triggers one). h5p-standalone runs H5P's
  // core in this page again for every player it starts, and the core then sets a new
  // dispatcher: listen to each one the moment it is set, so that a statement from an activity
  // already playing is never sent to a dispatcher nobody listens to.
  function listen() {
    var h5p = window.H5P;
    if (!h5p || !h5p.externalDispatcher || listeningTo === h5p) {
      return;
    }
    var dispatcher = h5p.externalDispatcher;
    dispatcher.on("xAPI", onStatement);
    Object.defineProperty(h5p, "externalDispatcher", {
      configurable: true,
      enumerable: true,
      get: function () { return dispatcher; },
      set: function (next) {
        dispatcher = next;
        if (next && typeof next.on === "function") {
          next.on("xAPI", onStatement);
        }
      },
    });
    listeningTo = h5p;
  }

  function showFailed(element, error) {
    // A dropped connection or an expired file link: say so instead of "Loading" for ever,
    // and let the other activities of the lesson start.
    console.warn("H5P activity could not start:", error);
    var loading = element.querySelector("[data-h5p-loading]");
    if (loading) {
      loading.textContent = element.getAttribute("data-msg-failed");
      loading.setAttribute("role", "status");
    }
  }

  function configOf(element) {
    return JSON.parse(document.getElementById(element.getAttribute("data-config-id")).textContent);
  }

  function start(element) {
    var config = configOf(element);
    var player = {
      config: config,
      element: element,
      status: document.querySelector('[data-h5p-result="' + element.getAttribute("data-block-id") + '"]'),
      saved: document.querySelector('[data-h5p-saved="' + element.getAttribute("data-block-id") + '"]'),
      savedState: null,
    };
    var saved = config.contentUserData && config.contentUserData[0];
    if (saved && saved.state && saved.state !== "RESET") {
      player.savedState = saved.state;
    }
    players.push(player);
    var options = {
      id: config.contentId,
      h5pJsonPath: config.filesUrl,
      frameJs: config.frameJs,
      frameCss: config.frameCss,
      xAPIObjectIRI: config.iri,
      frame: false,
      copyright: false,
      export: false,
      embed: false,
      icon: false,
      fullScreen: false,
    };
    if (config.librariesUrl) {
      // The libraries' cacheable home, shared by every package using them.
      options.librariesPath = config.librariesUrl;
    }
    if (config.contentUserData) {
      options.contentUserData = config.contentUserData;
      // H5P core hands the saved place to the content (and shows its "content has changed"
      // notice for RESET) only when saving is on. Without `user` its own saving stays idle;
      // this script saves instead.
      options.saveFreq = config.saveSeconds;
    }
    var loading = element.querySelector("[data-h5p-loading]");
    return new Standalone(element, options).then(function () {
      listen();
      if (loading) {
        loading.remove();
      }
    }).catch(function (error) {
      showFailed(element, error);
    });
  }

  // Players start one after another, whatever order their blocks come near the screen in:
  // h5p-standalone sets up page-wide globals while a player starts.
  function schedule(element) {
    if (element.hasAttribute("data-h5p-started")) {
      return;
    }
    element.setAttribute("data-h5p-started", "");
    var config = configOf(element);
    var turn = Math.max(config.startTurnSeconds || 30, 1) * 1000;
    starting = starting.then(function () {
      // A player stalled on a dropped connection keeps its "Loading" line (and may still
      // start later), but after its turn the next one may start.
      return Promise.race([
        loadStandalone().then(function () { return start(element); }),
        new Promise(function (resolve) { window.setTimeout(resolve, turn); }),
      ]);
    }).catch(function (error) {
      showFailed(element, error);  // and the next player still starts
    });
  }

  function startAll() {
    var elements = Array.prototype.slice.call(document.querySelectorAll("[data-h5p-player]"));
    if (!elements.length) {
      return;
    }
    if ("IntersectionObserver" in window) {
      var observer = new IntersectionObserver(function (entries) {
        entries.forEach(function (entry) {
          if (entry.isIntersecting) {
            observer.unobserve(entry.target);
            schedule(entry.target);
          }
        });
      }, { rootMargin: NEAR_SCREEN });
      elements.forEach(function (element) { observer.observe(element); });
    } else {
      elements.forEach(schedule);  // an old browser: every player, in page order
    }
    var first = configOf(elements[0]);
    var seconds = first.saveSeconds || 5;
    window.setInterval(function () { saveAll(false); }, Math.max(seconds, 1) * 1000);
    document.addEventListener("visibilitychange", function () {
      if (document.visibilityState === "hidden") {
        saveAll(true);
      }
    });
    window.addEventListener("pagehide", function () { saveAll(true); });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", startAll);
  } else {
    startAll();
  }
})();
