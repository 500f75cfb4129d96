// Material's search worker, started late on a problem page opened first in a visit.
// Building the search index takes about half a second of CPU, which the page's first second
// needs for Python. This worker holds Material's messages and loads the real one (named by
// its `worker` query) once Python is ready or could not start (exercise.js says so on a
// BroadcastChannel), as soon as a search is typed, or after a few seconds at most.
"use strict";

const REAL = new URL(new URL(self.location.href).searchParams.get("worker"), self.location.href);
const CHANNEL = "jax-grad-course-runtime";
const AT_THE_LATEST_MS = 5000;
const held = [];
let started = false;
const channel = new BroadcastChannel(CHANNEL);

function start() {
  if (started) return;
  started = true;
  channel.close();
  removeEventListener("message", hold);
  // The real worker registers its own message listener; the held messages are given to it
  // in the order they came.
  importScripts(REAL.href);
  for (const data of held) dispatchEvent(new MessageEvent("message", { data }));
}

function hold(event) {
  held.push(event.data);
  // The first message hands over the index; any later one is a search being typed.
  if (held.length > 1) start();
}

addEventListener("message", hold);
channel.onmessage = start;
setTimeout(start, AT_THE_LATEST_MS);
