/* drugkg graph page: the start screen, the topic views and a page per entity (after app.js, which draws the
   whole graph). Screens are addressed by the location's hash: #start, #topic/<id>, #page/<entity slug>, #graph.
   Topic views are drawn as SVG in fixed columns; every relation label is placed where it overlaps no other label.
   Text is only ever set with textContent. */
"use strict";
(function () {
  const api = window.drugkg;
  const data = api.data;
  const story = data.story || {};
  const facts = story.facts || {};
  const entities = story.entities || {};
  const pages = story.pages || {};
  const topics = story.topics || [];
  const el = api.el;
  const byId = (id) => document.getElementById(id);
  const main = document.querySelector("main");
  const SVG = "http://www.w3.org/2000/svg";
  const FONT = 14; // px at scale 1; a topic never opens below 12 px
  const MIN_SCALE = 12.5 / FONT; // a little above 12 px, so that rounding never takes text below it
  const ENT = "https://w3id.org/drugkg/entity/";

  function svg(tag, attrs) {
    const node = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, String(v));
    return node;
  }
  const label = (id) => (entities[id] ? entities[id].label : (data.entities[id] ? data.entities[id].label : id));
  const slug = (id) => (id.startsWith(ENT) ? id.slice(ENT.length) : id);
  const fromSlug = (s) => (entities[ENT + s] ? ENT + s : entities[s] ? s : null);

  // ---- screens ------------------------------------------------------------------------------------------------
  const state = { mode: null, topic: null, page: null, graphShown: false };
  api.story = state;

  function show(mode) {
    state.mode = mode;
    main.dataset.mode = mode;
    byId("start").hidden = mode !== "start";
    byId("entity-page").hidden = mode !== "page";
    byId("topic").hidden = mode !== "topic";
    byId("filters").hidden = mode !== "graph";
    byId("graph").hidden = mode !== "graph";
    byId("panel").hidden = !(mode === "graph" || (mode === "topic" && state.factShown));
    byId("graph-tools").hidden = mode !== "graph";
    byId("counts").hidden = mode !== "graph";
    document.querySelectorAll("#views button").forEach((b) => b.setAttribute("aria-pressed", String(b.dataset.route === location.hash.slice(1))));
    if (mode === "graph") {
      const network = api.ensureNetwork();
      network.redraw();
      if (!state.graphShown) { network.fit({ animation: false }); state.graphShown = true; }
      if (state.pendingSelect) { api.select(state.pendingSelect); state.pendingSelect = null; }
    }
  }

  function go(route) {
    if (location.hash.slice(1) === route) route_(route); else location.hash = route;
  }
  function route_(route) {
    const [kind, ...rest] = route.split("/");
    const arg = decodeURIComponent(rest.join("/"));
    if (kind === "topic" && topics.some((t) => t.id === arg)) { show("topic"); drawTopic(topics.find((t) => t.id === arg)); }
    else if (kind === "page" && fromSlug(arg)) { show("page"); renderPage(fromSlug(arg)); }
    else if (kind === "graph") show("graph");
    else { show("start"); renderStart(); }
    document.body.dataset.screen = state.mode;
    document.body.dataset.route = route;
  }
  window.addEventListener("hashchange", () => route_(location.hash.slice(1)));

  api.onPick = (id) => {
    if (state.mode === "graph" && data.entities[id]) return false;
    if (!pages[id]) return false;
    go(`page/${slug(id)}`);
    return true;
  };
  api.openPage = (id) => go(`page/${slug(id)}`);
  api.onNodeLink = (id) => {
    if (state.mode === "graph" && data.entities[id]) return false;
    if (pages[id]) go(`page/${slug(id)}`);
    return true;
  };
  api.entityActions.unshift((id) => (pages[id] ? [button("open its page", "link open-page", () => go(`page/${slug(id)}`)), document.createTextNode(" · ")] : []));

  function button(text, className, onClick) {
    const b = el("button", text, className);
    b.type = "button";
    b.addEventListener("click", onClick);
    return b;
  }

  function renderNav() {
    const nav = byId("views");
    nav.replaceChildren();
    const add = (text, route) => { const b = button(text, "view", () => go(route)); b.dataset.route = route; nav.append(b); };
    add("Start", "start");
    const names = { explain: "The explanation", treatments: "Treatments", mechanism: "How they work", safety: "Safety", compare: "Compare" };
    topics.forEach((t) => add(names[t.id] || t.title, `topic/${t.id}`));
    add(data.start === "graph" && !data.focus ? "Graph" : data.focus ? "Graph" : "Whole graph", "graph");
  }

  // ---- start screen -------------------------------------------------------------------------------------------
  function renderStart() {
    const box = byId("start");
    box.replaceChildren();
    box.append(el("h2", "What the articles say about these medicines"));
    box.append(el("p", "Pick a topic, or open the page of a drug or a condition. Every line and every edge leads to the sentences that say so.", "hint"));
    const cards = el("div", null, "cards");
    for (const t of topics) {
      const card = button("", "card topic-card", () => go(`topic/${t.id}`));
      card.dataset.topic = t.id;
      card.append(el("strong", t.title), el("span", t.intro), el("span", `${t.facts.length} facts`, "count"));
      cards.append(card);
    }
    box.append(cards);
    const list = (title, kind, cls) => {
      const ids = Object.keys(pages).filter((id) => pages[id].kind === kind && pages[id].sections.some((s) => s.lines.length))
        .sort((a, b) => label(a).localeCompare(label(b)));
      if (!ids.length) return;
      box.append(el("h3", `${title} (${ids.length})`));
      const ul = el("ul", null, `page-list ${cls}`);
      for (const id of ids) {
        const li = el("li");
        const b = button(label(id), "link", () => go(`page/${slug(id)}`));
        b.dataset.entity = id;
        li.append(b);
        const brands = entities[id].brands;
        if (brands.length) li.append(el("span", ` (${brands.join(", ")})`, "why"));
        ul.append(li);
      }
      box.append(ul);
    };
    list("Drugs", "drug", "drugs");
    list("Conditions", "condition", "conditions");
    const whole = button(`The whole graph: ${data.nodes.length} entities, ${data.edges.length} facts`, "card whole", () => go("graph"));
    box.append(el("h3", "Everything"), whole);
  }

  // ---- a page per entity --------------------------------------------------------------------------------------
  function lineItem(line) {
    const fact = facts[line.fact];
    const li = el("li", null, "fact-line");
    li.dataset.fact = line.fact;
    if (fact.candidate) li.classList.add("candidate");
    if (fact.negated) li.classList.add("negated");
    if (fact.hedges.length) li.classList.add("hedged");
    const details = el("details");
    const summary = el("summary");
    const text = el("span", line.text, "text");
    summary.append(text, ...api.badges(fact));
    if (line.notes.length) summary.append(el("span", line.notes.join("; "), "notes"));
    details.append(summary);
    details.addEventListener("toggle", () => {
      if (details.open && details.childElementCount === 1) {
        const body = el("div", null, "sentences");
        body.append(...api.factDetails(fact).slice(1));
        details.append(body);
      }
    });
    li.append(details);
    return li;
  }

  function renderPage(id) {
    state.page = id;
    const e = entities[id];
    const page = pages[id];
    const box = byId("entity-page");
    box.replaceChildren();
    box.dataset.entity = id;
    const head = el("header", null, "page-head");
    const h2 = el("h2");
    h2.append(api.symbol(e.cls), el("span", e.label));
    head.append(h2, el("p", (data.classes.find((c) => c.name === e.cls) || {}).label || e.kind, "cls"));
    const actions = el("p", null, "actions");
    if (data.entities[id]) actions.append(button("show it in the graph", "link show-in-graph", () => { state.pendingSelect = id; go("graph"); }));
    if (data.expand) {
      const a = el("a", "open in the SPARQL page", "sparql");
      a.href = `${data.expand.sparqlPage}?${new URLSearchParams({ library: "claims-about", entity: id }).toString()}`;
      const here = el("a", "address of this page", "permalink");
      here.href = `${data.expand.base}/page/${encodeURIComponent(slug(id))}`;
      actions.append(document.createTextNode(" · "), a, document.createTextNode(" · "), here);
    }
    head.append(actions);
    box.append(head);
    const legend = el("p", "Click a line to read its sentences. Marks: how many articles say it; hedged (the source says may, sometimes, believed); not for (the source denies it); machine-read (found by the text miner, with its confidence) or curated; candidate (machine-read, not checked: not a fact).", "hint");
    box.append(legend);
    for (const section of page.sections) {
      const sec = el("section", null, "page-section");
      sec.dataset.section = section.id;
      sec.append(el("h3", section.lines.length ? `${section.title} (${section.lines.length})` : section.title));
      if (section.id === "what") {
        if (e.definition) sec.append(el("p", e.definition, "definition"));
        const dl = el("dl");
        for (const [k, v] of [["Brand names", e.brands], ["Also called", e.synonyms], ["Abbreviations", e.abbreviations]]) {
          if (v.length) dl.append(el("dt", k), el("dd", v.join(", ")));
        }
        e.facts.forEach(([k, v]) => dl.append(el("dt", k), el("dd", v)));
        if (dl.childElementCount) sec.append(dl);
      }
      const stated = section.lines.filter((l) => !facts[l.fact].candidate);
      const candidates = section.lines.filter((l) => facts[l.fact].candidate);
      if (section.id === "mechanism" && stated.length) {
        const ol = el("ol", null, "steps");
        let last = null;
        for (const line of stated) {
          const li = lineItem(line);
          if (line.step !== last) li.prepend(el("span", line.step === null ? "Also said" : `Step ${line.step}`, "step"));
          if (line.step !== null) li.dataset.step = line.step;
          last = line.step;
          ol.append(li);
        }
        sec.append(ol);
      } else if (stated.length) {
        const ul = el("ul", null, "lines");
        stated.forEach((line) => ul.append(lineItem(line)));
        sec.append(ul);
      }
      if (candidates.length) {
        sec.append(el("h4", "Candidates (machine-read, not checked; not facts)"));
        const ul = el("ul", null, "lines candidates");
        candidates.forEach((line) => ul.append(lineItem(line)));
        sec.append(ul);
      }
      if (!section.lines.length && section.id !== "what") {
        // a drug's page says when the articles are silent on a question; other pages leave the section out
        if (section.id === "also" || section.id === "disagree" || (page.kind !== "drug" && section.id !== "treated")) continue;
        sec.append(el("p", "The articles say nothing about this.", "hint"));
      }
      box.append(sec);
    }
    box.scrollTop = 0;
  }

  // ---- topic views: columns, measured labels, relation labels placed where nothing else is -----------------
  let zoom = 1;
  function wrap(text, width) {
    const words = String(text).split(/\s+/);
    const lines = [];
    let line = "";
    for (const w of words) {
      if (line && (line + " " + w).length > width) { lines.push(line); line = w; } else line = line ? `${line} ${w}` : w;
    }
    if (line) lines.push(line);
    return lines;
  }

  function measureText(layer, lines, weight) {
    const t = svg("text", { "font-size": FONT, "font-weight": weight || "normal" });
    lines.forEach((l, i) => { const s = svg("tspan", { x: 0, dy: i ? FONT * 1.2 : 0 }); s.textContent = l; t.append(s); });
    layer.append(t);
    const box = t.getBBox();
    t.remove();
    return { w: box.width, h: lines.length * FONT * 1.2 };
  }

  const overlaps = (a, b) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

  function layout(topic, scratch, gaps) {
    const layers = [...new Set(topic.nodes.map((n) => n.layer))].sort((a, b) => a - b);
    const first = layers[0]; const last = layers[layers.length - 1];
    const info = {};
    for (const n of topic.nodes) {
      const side = layers.length > 1 && n.layer === first ? "left" : layers.length > 1 && n.layer === last ? "right" : "below";
      // a tall column keeps names on one line (rows stay low); a short one wraps them (columns stay narrow)
      const tall = topic.nodes.filter((m) => m.layer === n.layer).length > 10;
      const lines = wrap(label(n.id), side === "below" ? 14 : tall ? 40 : 16);
      const size = measureText(scratch, lines, entities[n.id] && entities[n.id].cls === "Drug" ? "bold" : "normal");
      info[n.id] = { ...n, side, lines, size };
    }
    // column x: left labels need room on the left, below labels half their width each side
    const R = 9;
    const colHalf = {}; const colLeft = {}; const colRight = {};
    for (const l of layers) {
      const ns = topic.nodes.filter((n) => n.layer === l).map((n) => info[n.id]);
      colLeft[l] = Math.max(R, ...ns.map((n) => (n.side === "left" ? n.size.w + R + 6 : n.side === "below" ? n.size.w / 2 : R)));
      colRight[l] = Math.max(R, ...ns.map((n) => (n.side === "right" ? n.size.w + R + 6 : n.side === "below" ? n.size.w / 2 : R)));
      colHalf[l] = ns;
    }
    const x = {}; let cursor = 20;
    layers.forEach((l, i) => {
      cursor += colLeft[l];
      x[l] = cursor;
      cursor += colRight[l] + (i < layers.length - 1 ? gaps[l] : 20);
    });
    // each column's rows as high as its tallest name; every column centred on one line, and the names below
    // their nodes lifted alike, so that a chain of single nodes is a straight line
    const all = Object.values(info);
    const belowH = Math.max(0, ...all.filter((n) => n.side === "below").map((n) => n.size.h));
    const lift = belowH ? (belowH + R) / 2 : 0;
    const slot = {}; // each node's row: as high as its own name beside it, or as the tallest name below
    const total = {};
    for (const l of layers) {
      const ns = colHalf[l];
      const below = 2 * R + 6 + belowH + 14;
      ns.forEach((n) => { slot[n.id] = (n.side === "below" ? below : Math.max(26, n.size.h + 10)) + (gaps.extraRow || 0); });
      total[l] = ns.reduce((sum, n) => sum + slot[n.id], 0);
    }
    // a column of names beside their nodes spreads over the height the tallest column needs anyway (its edges
    // fan out less); other columns keep their own height
    const tallest = Math.max(...Object.values(total));
    for (const l of layers) {
      const ns = colHalf[l];
      if (total[l] < tallest && ns.every((n) => n.side !== "below")) {
        const stretch = Math.min(tallest / total[l], 2.5);
        ns.forEach((n) => { slot[n.id] *= stretch; });
        total[l] *= stretch;
      }
    }
    const H = tallest + 40;
    for (const l of layers) {
      const ns = colHalf[l].sort((a, b) => a.order - b.order);
      let y = (H - total[l]) / 2;
      ns.forEach((n) => { n.x = x[l]; n.y = y + slot[n.id] / 2 - lift; y += slot[n.id]; });
    }
    const rowHeight = Math.max(...Object.values(slot));
    const boxes = [];
    for (const n of Object.values(info)) {
      n.box = n.side === "left" ? { x: n.x - R - 6 - n.size.w, y: n.y - n.size.h / 2, w: n.size.w, h: n.size.h }
        : n.side === "right" ? { x: n.x + R + 6, y: n.y - n.size.h / 2, w: n.size.w, h: n.size.h }
          : { x: n.x - n.size.w / 2, y: n.y + R + 4, w: n.size.w, h: n.size.h };
      boxes.push(n.box, { x: n.x - R - 2, y: n.y - R - 2, w: 2 * R + 4, h: 2 * R + 4 });
    }
    // edges: parallel ones (same two ends) curve apart; labels go where they overlap nothing placed before
    const pairs = {};
    const edges = topic.facts.map((id) => ({ id, fact: facts[id] })).filter((e) => info[e.fact.subject] && info[e.fact.object]);
    edges.forEach((e) => { const k = [e.fact.subject, e.fact.object].sort().join("|"); (pairs[k] = pairs[k] || []).push(e); });
    for (const group of Object.values(pairs)) group.forEach((e, i) => { e.bend = group.length > 1 ? (i - (group.length - 1) / 2) * 40 : 0; });
    // an edge that jumps over columns arcs above them instead of running through their labels
    const column = Object.fromEntries(layers.map((l, i) => [l, i]));
    for (const e of edges) {
      const span = Math.abs(column[info[e.fact.object].layer] - column[info[e.fact.subject].layer]);
      if (span > 1) e.bend += (info[e.fact.object].x > info[e.fact.subject].x ? -1 : 1) * (rowHeight * 0.6 + 30 * span);
    }
    const failed = [];
    const degree = {};
    edges.forEach((e) => { for (const n of [e.fact.subject, e.fact.object]) degree[n] = (degree[n] || 0) + 1; });
    const FAN = [0.76, 0.68, 0.6, 0.52, 0.44, 0.36, 0.83, 0.28, 0.2, 0.89, 0.14, 0.72, 0.64, 0.56, 0.48, 0.4, 0.32, 0.24];
    const CHAIN = [0.5, 0.42, 0.58, 0.34, 0.66, 0.26, 0.74, 0.18, 0.82];
    edges.sort((a, b) => (a.fact.relation.length - b.fact.relation.length) || (a.id < b.id ? -1 : 1));
    for (const e of edges) {
      const s = info[e.fact.subject]; const o = info[e.fact.object];
      const text = e.fact.support > 1 ? `${e.fact.relation} ×${e.fact.support}` : e.fact.relation;
      const size = measureText(scratch, [text]);
      const dx = o.x - s.x; const dy = o.y - s.y; const len = Math.hypot(dx, dy) || 1;
      e.ctrl = { x: (s.x + o.x) / 2 - (dy / len) * e.bend, y: (s.y + o.y) / 2 + (dx / len) * e.bend };
      e.text = text;
      const at = (t) => ({ x: (1 - t) ** 2 * s.x + 2 * (1 - t) * t * e.ctrl.x + t * t * o.x, y: (1 - t) ** 2 * s.y + 2 * (1 - t) * t * e.ctrl.y + t * t * o.y });
      e.box = null;
      // in a fan, labels stack near the many ends; on a chain, they sit in the middle
      const order = Math.max(degree[e.fact.subject], degree[e.fact.object]) > 2 ? FAN : CHAIN;
      for (const t of order) {
        const p = at(t);
        const box = { x: p.x - size.w / 2 - 3, y: p.y - size.h / 2, w: size.w + 6, h: size.h };
        if (!boxes.some((b) => overlaps(b, box))) { e.box = box; boxes.push(box); break; }
      }
      if (!e.box) failed.push(e);
    }
    const ys = [0, ...boxes.map((b) => b.y), ...edges.map((e) => (info[e.fact.subject].y + info[e.fact.object].y) / 4 + e.ctrl.y / 2)];
    const top = Math.min(...ys) - 10;
    return { info, edges, failed, width: cursor, height: H, top, layers };
  }

  function drawTopic(topic) {
    state.topic = topic.id;
    state.factShown = false;
    byId("panel").hidden = true;
    byId("topic-intro").textContent = topic.intro;
    const canvas = byId("topic-canvas");
    canvas.replaceChildren();
    const root = svg("svg", { class: "drawing", role: "img" });
    root.setAttribute("aria-label", topic.title);
    canvas.append(root);
    const scratch = svg("g");
    root.append(scratch);
    const gaps = {};
    let result;
    const layers = [...new Set(topic.nodes.map((n) => n.layer))];
    const layerOf = Object.fromEntries(topic.nodes.map((n) => [n.id, n.layer]));
    layers.forEach((l) => { gaps[l] = 60; });
    for (const id of topic.facts) {  // room for the widest relation label between two columns
      const f = facts[id];
      if (!(f.subject in layerOf) || !(f.object in layerOf)) continue;
      const text = f.support > 1 ? `${f.relation} ×${f.support}` : f.relation;
      const l = Math.min(layerOf[f.subject], layerOf[f.object]);
      gaps[l] = Math.max(gaps[l], measureText(scratch, [text]).w + 12);
    }
    for (let attempt = 0; attempt < 12; attempt += 1) {
      result = layout(topic, scratch, gaps);
      if (!result.failed.length) break;
      for (const e of result.failed) {
        const a = result.info[e.fact.subject].layer; const b = result.info[e.fact.object].layer;
        gaps[Math.min(a, b)] += attempt % 2 ? 50 : 0;
      }
      if (attempt % 2 === 0) gaps.extraRow = (gaps.extraRow || 0) + 4;
    }
    scratch.remove();
    const { info, edges, width, top } = result;
    const height = result.height - top;
    root.setAttribute("viewBox", `0 ${top} ${width} ${height}`);
    const g = svg("g");
    root.append(g);
    const colours = data.edgeColours;
    for (const e of edges) {
      const s = info[e.fact.subject]; const o = info[e.fact.object];
      const kind = e.fact.candidate ? "candidate" : e.fact.negated ? "negated" : e.fact.hedges.length ? "hedged" : "asserted";
      const group = svg("g", { class: `edge ${kind}`, "data-fact": e.id, tabindex: 0 });
      const d = `M ${s.x} ${s.y} Q ${e.ctrl.x} ${e.ctrl.y} ${o.x} ${o.y}`;
      const width_ = e.fact.support > 1 ? 1 + Math.min(e.fact.support, 5) : 1.5;
      const dash = { negated: "8 6", hedged: "3 4", candidate: "1 4" }[kind] || "";
      group.append(svg("path", { d, fill: "none", stroke: "transparent", "stroke-width": 12 }));
      group.append(svg("path", { d, fill: "none", stroke: colours[kind], "stroke-width": width_, "stroke-dasharray": dash, "marker-end": "url(#arrow)" }));
      if (e.box) {
        group.append(svg("rect", { x: e.box.x, y: e.box.y, width: e.box.w, height: e.box.h, rx: 3, class: "label-bg" }));
        const t = svg("text", { x: e.box.x + e.box.w / 2, y: e.box.y + e.box.h / 2, "font-size": FONT, "text-anchor": "middle", "dominant-baseline": "central", class: "edge-label", fill: kind === "negated" ? colours.negated : "#333" });
        t.textContent = e.text;
        group.append(t);
      }
      group.addEventListener("click", () => {
        state.factShown = true;
        byId("panel").hidden = false;
        api.showFact(e.fact);
        byId("panel").prepend(button("close ×", "link close", () => { state.factShown = false; byId("panel").hidden = true; selectEdge(null); }));
        selectEdge(group);
      });
      group.addEventListener("keydown", (event) => { if (event.key === "Enter" || event.key === " ") { event.preventDefault(); group.dispatchEvent(new Event("click")); } });
      g.append(group);
    }
    const defs = svg("defs");
    const marker = svg("marker", { id: "arrow", viewBox: "0 0 10 10", refX: 22, refY: 5, markerWidth: 10, markerHeight: 10, markerUnits: "userSpaceOnUse", orient: "auto-start-reverse" });
    marker.append(svg("path", { d: "M 0 0 L 10 5 L 0 10 z", fill: "#666" }));
    defs.append(marker);
    root.prepend(defs);
    for (const n of Object.values(info)) {
      const group = svg("g", { class: "node", "data-entity": n.id, tabindex: 0 });
      const cls = (entities[n.id] || {}).cls;
      const [colour, shape, fill] = data.classStyles[cls] || ["#aaaaaa", "triangle", "dashed"];
      const c = svg("foreignObject", { x: n.x - 11, y: n.y - 11, width: 22, height: 22 });
      const cv = el("canvas");
      cv.width = 44; cv.height = 44; cv.style.width = "22px"; cv.style.height = "22px";
      api.drawSymbol(cv.getContext("2d"), shape, fill, colour, 22, 22, 14);
      c.append(cv);
      group.append(c);
      const anchor = n.side === "left" ? "end" : n.side === "right" ? "start" : "middle";
      const tx = n.side === "left" ? n.box.x + n.box.w : n.side === "right" ? n.box.x : n.x;
      const t = svg("text", { x: tx, y: n.box.y, "font-size": FONT, "text-anchor": anchor, "dominant-baseline": "hanging", class: "node-label" });
      if (cls === "Drug") t.setAttribute("font-weight", "bold");
      n.lines.forEach((line, i) => { const s = svg("tspan", { x: tx, dy: i ? FONT * 1.2 : 0 }); s.textContent = line; t.append(s); });
      group.append(t);
      group.addEventListener("click", () => { if (pages[n.id]) go(`page/${slug(n.id)}`); });
      group.addEventListener("keydown", (event) => { if (event.key === "Enter" && pages[n.id]) go(`page/${slug(n.id)}`); });
      g.append(group);
    }
    // initial zoom: fit the view, but never below 12 px text
    const avail = { w: canvas.clientWidth - 10, h: canvas.clientHeight - 10 };
    zoom = Math.max(MIN_SCALE, Math.min(1.3, avail.w / width, avail.h / height));
    applyZoom(width, height);
    api.topicLayout = { id: topic.id, scale: zoom, edges: edges.map((e) => ({ fact: e.id, labelled: Boolean(e.box) })) };
    api.topicReadyAt = performance.now();
    document.body.dataset.topic = topic.id;
  }

  function applyZoom(width, height) {
    const root = document.querySelector("#topic-canvas svg");
    const [w, h] = width ? [width, height] : root.getAttribute("viewBox").split(" ").slice(2).map(Number);
    root.setAttribute("width", w * zoom);
    root.setAttribute("height", h * zoom);
  }
  byId("zoom-in").addEventListener("click", () => { zoom *= 1.2; applyZoom(); });
  byId("zoom-out").addEventListener("click", () => { zoom /= 1.2; applyZoom(); });

  function selectEdge(group) {
    document.querySelectorAll("#topic-canvas .edge.selected").forEach((n) => n.classList.remove("selected"));
    if (group) group.classList.add("selected");
    // room to scroll the drawing out from under the panel
    byId("topic-canvas").style.paddingRight = group ? `${byId("panel").offsetWidth}px` : "";
  }

  renderNav();
  const initial = location.hash.slice(1) || data.start || "start";
  route_(initial.startsWith("page/") && !fromSlug(decodeURIComponent(initial.slice(5))) ? `page/${slug(initial.slice(5))}` : initial);
  api.storyReadyAt = performance.now();
  document.body.dataset.storyReady = "true";
})();
