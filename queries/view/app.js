/* drugkg graph page: search, filters, legend, details panel. Text is only ever set with textContent. */
"use strict";
(function () {
  const data = JSON.parse(document.getElementById("drugkg-data").textContent);
  const byId = (id) => document.getElementById(id);

  function el(tag, text, className) {
    const node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (className) node.className = className;
    return node;
  }

  function fold(text) {
    return String(text).normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/\s+/g, " ").trim();
  }

  function safeUrl(iri) {
    return /^https?:\/\//i.test(iri) ? iri : null;
  }

  // ---- class symbols: the same shape and fill as the drawn node, on a small canvas ------------------------
  function shapePath(ctx, shape, x, y, r) {
    ctx.beginPath();
    const poly = (points) => { points.forEach(([px, py], i) => (i ? ctx.lineTo(px, py) : ctx.moveTo(px, py))); ctx.closePath(); };
    if (shape === "dot") ctx.arc(x, y, r, 0, 2 * Math.PI);
    else if (shape === "square") poly([[x - r, y - r], [x + r, y - r], [x + r, y + r], [x - r, y + r]]);
    else if (shape === "diamond") poly([[x, y - r * 1.2], [x + r * 1.2, y], [x, y + r * 1.2], [x - r * 1.2, y]]);
    else if (shape === "triangle") poly([[x, y - r * 1.15], [x + r * 1.15, y + r * 0.85], [x - r * 1.15, y + r * 0.85]]);
    else if (shape === "triangleDown") poly([[x, y + r * 1.15], [x + r * 1.15, y - r * 0.85], [x - r * 1.15, y - r * 0.85]]);
    else if (shape === "hexagon") poly([0, 1, 2, 3, 4, 5].map((i) => [x + r * 1.1 * Math.cos(Math.PI / 3 * i), y + r * 1.1 * Math.sin(Math.PI / 3 * i)]));
    else if (shape === "star") poly([...Array(10).keys()].map((i) => { const rr = i % 2 ? r * 0.55 : r * 1.3; const a = -Math.PI / 2 + Math.PI / 5 * i; return [x + rr * Math.cos(a), y + rr * Math.sin(a)]; }));
    else ctx.arc(x, y, r, 0, 2 * Math.PI);
  }

  function drawSymbol(ctx, shape, fill, colour, x, y, r) {
    shapePath(ctx, shape, x, y, r);
    ctx.setLineDash(fill === "dashed" ? [3, 2] : []);
    if (fill === "filled") { ctx.fillStyle = colour; ctx.fill(); }
    else { ctx.fillStyle = "#ffffff"; ctx.fill(); ctx.lineWidth = 2.2; ctx.strokeStyle = colour; ctx.stroke(); }
    ctx.setLineDash([]);
  }

  function symbol(cls) {
    const [colour, shape, fill] = data.classStyles[cls] || ["#aaaaaa", "triangle", "dashed"];
    const canvas = el("canvas", null, "symbol");
    canvas.width = 36; canvas.height = 36;
    canvas.dataset.shape = shape; canvas.dataset.fill = fill; canvas.dataset.color = colour;
    drawSymbol(canvas.getContext("2d"), shape, fill, colour, 18, 18, 11);
    return canvas;
  }

  // ---- a fact: its wording, marks and distinct sentences (cells of a table row with their headings) ------------
  function badges(fact) {
    const out = [];
    if (fact.support) out.push(el("span", `${fact.support} article${fact.support > 1 ? "s" : ""}`, "badge support"));
    if (fact.candidate) out.push(el("span", "candidate: machine-read, not checked, not a fact", "badge candidate"));
    else if (fact.negated) out.push(el("span", fact.predicate === "treats" || fact.predicate === "alleviates" ? "not for" : "denied", "badge negated"));
    if (fact.hedges.length) out.push(el("span", `hedged: ${fact.hedges.join(", ")}`, "badge hedged"));
    if (fact.machine && !fact.candidate) out.push(el("span", `machine-read${fact.confidence ? `, confidence ${fact.confidence}` : ""}`, "badge machine"));
    if (!fact.machine) out.push(el("span", "curated", "badge curated"));
    return out;
  }

  function sentenceBlock(s, about) {
    const box = el("div", null, "sentence");
    if (s.cells.length) {
      const table = el("table", null, "row-cells");
      const caption = el("caption", `A table row of the article: ${s.cells[0][1]}`);
      table.append(caption);
      for (const [heading, cell] of s.cells.slice(1)) {
        const tr = el("tr");
        tr.append(el("th", heading), el("td", cell));
        // the column of the fact's subject (its heading names it) is the one this fact reads
        if (about.some((n) => fold(heading).includes(n))) tr.className = "about";
        table.append(tr);
      }
      box.append(table);
    } else {
      box.append(el("blockquote", s.quote, "quote"));
    }
    const doc = (data.story.documents || {})[s.doc] || data.documents.find((d) => d.iri === s.doc);
    const where = s.start === null ? "" : `, characters ${s.start}–${s.end}`;
    const how = s.machine ? `machine-read${s.confidence ? `, confidence ${s.confidence}` : ""}` : "curated";
    const hedge = s.certainty.filter((c) => c !== "asserted");
    box.append(el("cite", `${doc ? doc.title : s.doc} (${doc ? doc.id : ""}${where}; ${how}${hedge.length ? `; ${hedge.join(", ")}` : ""})`));
    return box;
  }

  function factDetails(fact) {
    const out = [];
    const marks = el("p", null, "badges");
    marks.append(...badges(fact));
    out.push(marks);
    if (fact.candidate) out.push(el("p", "Candidate: only the text miner found this, below its confidence threshold. It is not a fact of the graph.", "warn"));
    else if (fact.negated) out.push(el("p", "Negated: the source says this is NOT so. It is not a fact the graph asserts.", "warn"));
    else if (fact.hedges.length) out.push(el("p", `Hedged (${fact.hedges.join(", ")}): the source does not state this firmly.`, "hedge"));
    if (fact.candidates && !fact.candidate) out.push(el("p", `${fact.candidates} of its claims are candidates (machine-read, below the threshold).`, "hint"));
    if (fact.qualifiers.length) {
      const dl = el("dl");
      fact.qualifiers.forEach(([k, v]) => dl.append(el("dt", k), el("dd", v)));
      out.push(dl);
    }
    out.push(el("h3", fact.sentences.length ? `Sentences (${fact.sentences.length})` : "Sentences"));
    if (!fact.sentences.length) out.push(el("p", "No sentence in the graph supports this.", "hint"));
    const subject = data.entities[fact.subject] || (data.story.entities || {})[fact.subject];
    const about = subject ? subject.names.map(fold).filter((n) => n.length > 3) : [];
    fact.sentences.forEach((s) => out.push(sentenceBlock(s, about)));
    return out;
  }

  // ---- page text --------------------------------------------------------------------------------------------
  byId("heading").textContent = data.title;
  if (data.note) { byId("note").textContent = data.note; byId("note").hidden = false; }
  if (data.text) { byId("explanation").textContent = data.text; byId("explanation").hidden = false; }

  // ---- data and filters -------------------------------------------------------------------------------------
  const classOf = {};
  const degree = {};
  for (const n of data.nodes) { classOf[n.id] = n.cls; degree[n.id] = 0; }
  for (const e of data.edges) { degree[e.from] += 1; degree[e.to] += 1; }
  const state = {
    classes: new Set(data.classes.map((c) => c.name)),
    relations: new Set(data.relations.map((r) => r.name)),
    documents: new Set(data.documents.map((d) => d.iri)),
  };
  let visibleNodes = new Set();
  let visibleEdges = new Set();

  function edgeFiltersOpen() {
    return state.relations.size === data.relations.length && state.documents.size === data.documents.length;
  }

  function recompute() {
    visibleEdges = new Set();
    const touched = new Set();
    for (const e of data.edges) {
      const fromDoc = e.docs.length === 0 ? state.documents.size === data.documents.length
        : e.docs.some((d) => state.documents.has(d));
      if (state.relations.has(e.rel) && fromDoc && state.classes.has(classOf[e.from]) && state.classes.has(classOf[e.to])) {
        visibleEdges.add(e.id); touched.add(e.from); touched.add(e.to);
      }
    }
    const open = edgeFiltersOpen();
    visibleNodes = new Set(data.nodes.filter((n) => state.classes.has(n.cls) && (open || touched.has(n.id))).map((n) => n.id));
  }
  recompute();

  const nodes = new vis.DataSet(data.nodes);
  const edges = new vis.DataSet(data.edges);
  const nodeView = new vis.DataView(nodes, { filter: (n) => visibleNodes.has(n.id) });
  const edgeView = new vis.DataView(edges, { filter: (e) => visibleEdges.has(e.id) });
  // the drawing is made when it is first shown (a page that opens on its start screen or a topic does not lay
  // out thousands of nodes it may never show); story.js asks for it, served.js hooks onto it
  let network = null;
  const hooks = [];
  function buildNetwork() {
    if (network) return network;
    network = new vis.Network(byId("graph"), { nodes: nodeView, edges: edgeView }, data.options);
    api.network = network;
    network.on("zoom", () => applyEdgeLabels());
    network.on("click", (params) => {
      if (params.nodes.length) { api.selected = { node: params.nodes[0] }; showEntity(params.nodes[0]); }
      else if (params.edges.length) { api.selected = { edge: params.edges[0] }; showClaim(params.edges[0]); }
    });
    network.once("stabilizationIterationsDone", ready);
    if (!data.nodes.length) ready();
    hooks.forEach((hook) => hook(network));
    return network;
  }

  const api = {
    network: null, data, ready: false, readyAt: null, selected: null,
    ensureNetwork: buildNetwork,
    onNetwork: (hook) => { if (network) hook(network); else hooks.push(hook); },
    drawn: () => (network ? { nodes: network.body.nodeIndices.length, edges: network.body.edgeIndices.length } : { nodes: 0, edges: 0 }),
    select: selectNode, showClaim: selectEdge, apply, merge, symbol, drawSymbol, factDetails, badges, el,
    entityActions: [], // functions (id) => [elements] adding actions to a node's panel (served pages)
    onPick: null, // (id) => true when the story screens took a search pick
    showFact: (fact) => { panel.replaceChildren(); factHeading(fact); panel.append(...factDetails(fact)); },
  };
  window.drugkg = api;

  function updateCounts() {
    byId("counts").textContent = `${visibleNodes.size} of ${data.nodes.length} entities, ${visibleEdges.size} of ${data.edges.length} facts shown`;
  }

  function apply() {
    recompute();
    nodeView.refresh();
    edgeView.refresh();
    updateCounts();
  }

  function checkList(listId, items, set, describe) {
    const list = byId(listId);
    list.replaceChildren();
    for (const item of items) {
      const li = el("li");
      const label = el("label");
      const box = el("input");
      box.type = "checkbox";
      box.checked = set.has(item.key);
      box.value = item.key;
      box.addEventListener("change", () => {
        if (box.checked) set.add(item.key); else set.delete(item.key);
        apply();
      });
      label.append(box, ...describe(item), el("span", item.count, "count"));
      li.append(label);
      list.append(li);
    }
  }

  function renderFilters() {
    checkList("filter-classes", data.classes.map((c) => ({ ...c, key: c.name })), state.classes, (c) => [symbol(c.name), el("span", c.label)]);
    checkList("filter-relations", data.relations.map((r) => ({ ...r, key: r.name })), state.relations, (r) => [el("span", r.label)]);
    checkList("filter-documents", data.documents.map((d) => ({ ...d, key: d.iri })), state.documents, (d) => {
      const span = el("span", d.title);
      span.title = d.id;
      return [span];
    });
    const legend = byId("edge-legend");
    legend.replaceChildren();
    for (const [kind, text, dash] of [["asserted", "stated (thicker: more articles)", "solid"], ["hedged", "hedged (may, sometimes)", "dotted"],
      ["negated", "not (the source denies it)", "dashed"], ["candidate", "candidate (machine-read, not a fact)", "dotted"],
      ["unsupported", "no claim in the graph", "dotted"]]) {
      if ((kind === "unsupported" || kind === "candidate") && !data.edges.some((e) => e.kind === kind)) continue;
      const li = el("li");
      const line = el("span", null, "line");
      line.style.borderTopColor = data.edgeColours[kind];
      line.style.borderTopStyle = dash;
      li.append(line, el("span", text));
      legend.append(li);
    }
  }
  renderFilters();

  byId("reset").addEventListener("click", resetFilters);
  function resetFilters() {
    data.classes.forEach((c) => state.classes.add(c.name));
    data.relations.forEach((r) => state.relations.add(r.name));
    data.documents.forEach((d) => state.documents.add(d.iri));
    document.querySelectorAll("#filters input[type=checkbox]").forEach((box) => { box.checked = true; });
    apply();
  }

  // ---- toggles ----------------------------------------------------------------------------------------------
  const physics = byId("physics");
  physics.addEventListener("change", () => network.setOptions({ physics: { enabled: physics.checked } }));
  // relation labels: on when asked for and zoomed in far enough to read them (a whole-graph overview would
  // otherwise be a blur of text)
  const edgeLabels = byId("edge-labels");
  const labelOf = Object.fromEntries(data.edges.map((e) => [e.id, e.label]));
  let labelsShown = true;
  function applyEdgeLabels(force) {
    if (!network) return;
    const show = edgeLabels.checked && (data.edges.length <= 30 || network.getScale() >= 0.75);
    if (show === labelsShown && !force) return;
    labelsShown = show;
    edges.update(data.edges.map((e) => ({ id: e.id, label: show ? labelOf[e.id] : " " })));
  }
  edgeLabels.addEventListener("change", () => applyEdgeLabels());
  byId("fit").addEventListener("click", () => { network.fit({ animation: false }); applyEdgeLabels(); });

  // ---- panel ------------------------------------------------------------------------------------------------
  const panel = byId("panel");

  function nodeButton(id) {
    const entity = data.entities[id];
    const button = el("button", entity ? entity.label : id, "link");
    button.type = "button";
    button.addEventListener("click", () => { if (!(api.onNodeLink && api.onNodeLink(id))) selectNode(id); });
    return button;
  }

  function section(title) {
    panel.append(el("h3", title));
  }

  function showEntity(id) {
    const entity = data.entities[id];
    panel.replaceChildren();
    panel.append(el("h2", entity.label));
    const cls = data.classes.find((c) => c.name === entity.cls);
    panel.append(el("p", cls ? cls.label : entity.cls, "cls"));
    if (entity.definition) panel.append(el("p", entity.definition, "definition"));
    for (const [title, values] of [["Also called", entity.synonyms], ["Brand names", entity.brands], ["Abbreviations", entity.abbreviations]]) {
      if (!values.length) continue;
      section(title);
      const ul = el("ul");
      values.forEach((v) => ul.append(el("li", v)));
      panel.append(ul);
    }
    if (entity.identifiers.length) {
      section("Identifiers");
      const ul = el("ul", null, "identifiers");
      for (const [kind, curie, iri] of entity.identifiers) {
        const li = el("li");
        const url = safeUrl(iri);
        const link = el(url ? "a" : "span", curie);
        if (url) { link.href = url; link.target = "_blank"; link.rel = "noopener noreferrer"; }
        li.append(link, el("span", ` (${kind})`));
        ul.append(li);
      }
      panel.append(ul);
    }
    if (entity.facts.length) {
      section("Facts");
      const dl = el("dl");
      entity.facts.forEach(([k, v]) => dl.append(el("dt", k), el("dd", v)));
      panel.append(dl);
    }
    for (const action of api.entityActions) {
      const items = action(id);
      if (!items || !items.length) continue;
      const para = el("p", null, "actions");
      para.append(...items);
      panel.append(para);
    }
    const related = data.edges.filter((e) => e.from === id || e.to === id);
    if (related.length) {
      section(`Facts (${related.length})`);
      const ul = el("ul", null, "claims");
      for (const e of related) {
        const claim = data.claims[e.id];
        const li = el("li");
        const button = el("button", `${data.entities[claim.subject].label} ${claim.relation} ${data.entities[claim.object].label}`, "link");
        button.type = "button";
        button.addEventListener("click", () => selectEdge(e.id));
        li.append(button);
        if (!visibleEdges.has(e.id)) li.append(el("span", " (hidden by a filter)"));
        ul.append(li);
      }
      panel.append(ul);
    }
  }

  function entityName(id) {
    const entity = data.entities[id] || (data.story.entities || {})[id];
    return entity ? entity.label : id;
  }

  function factHeading(fact) {
    const heading = el("h2");
    const end = (id) => (data.entities[id] ? nodeButton(id) : el("span", entityName(id)));
    heading.append(end(fact.subject), el("span", ` ${fact.relation} `), end(fact.object));
    panel.append(heading);
  }

  function showClaim(id) {
    const fact = data.claims[id];
    panel.replaceChildren();
    factHeading(fact);
    panel.append(...factDetails(fact));
  }

  function ensureVisible(ids) {
    if (ids.every((id) => visibleNodes.has(id) || visibleEdges.has(id))) return;
    resetFilters();
  }

  function selectNode(id) {
    if (!data.entities[id]) return;
    buildNetwork();
    ensureVisible([id]);
    network.selectNodes([id]);
    network.focus(id, { scale: Math.max(network.getScale(), 0.9), animation: false });
    applyEdgeLabels(); // focus() zooms without a "zoom" event
    api.selected = { node: id };
    showEntity(id);
  }

  function selectEdge(id) {
    if (!data.claims[id]) return;
    buildNetwork();
    ensureVisible([id]);
    network.setSelection({ nodes: [], edges: [id] }, { unselectAll: true, highlightEdges: false });
    api.selected = { edge: id };
    showClaim(id);
  }

  // ---- growing the view: add nodes, edges and their details (served pages fetch them; see served.js) ----------
  function recount() {
    const count = (list, key) => { const n = {}; list.forEach((x) => key(x).forEach((k) => { n[k] = (n[k] || 0) + 1; })); return n; };
    const classes = count(Object.values(data.entities), (e) => [e.cls]);
    const relations = count(Object.values(data.claims), (c) => [c.predicate]);
    const documents = count(data.edges, (e) => e.docs);
    data.classes.forEach((c) => { c.count = classes[c.name] || 0; });
    data.relations.forEach((r) => { r.count = relations[r.name] || 0; });
    data.documents.forEach((d) => { d.count = documents[d.iri] || 0; });
  }

  function addNew(list, items, key, set) {
    const have = new Set(list.map(key));
    const added = items.filter((x) => !have.has(key(x)));
    for (const x of added) { list.push(x); if (set) set.add(key(x)); }
    list.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
    return added;
  }

  // Add what `update` has and the page does not (by id); new classes, relations and articles join the filters
  // switched on, filters switched off stay off. Places new nodes around `near` (a node id) if given.
  function merge(update, near) {
    buildNetwork();
    const newNodes = update.nodes.filter((n) => !(n.id in classOf));
    const newEdges = update.edges.filter((e) => !(e.id in labelOf));
    for (const n of newNodes) { classOf[n.id] = n.cls; degree[n.id] = 0; data.entities[n.id] = update.entities[n.id]; }
    for (const e of newEdges) { degree[e.from] += 1; degree[e.to] += 1; data.claims[e.id] = update.claims[e.id]; labelOf[e.id] = e.label; }
    data.nodes.push(...newNodes);
    data.edges.push(...newEdges);
    addNew(data.classes, update.classes, (c) => c.name, state.classes);
    addNew(data.relations, update.relations, (r) => r.name, state.relations);
    addNew(data.documents, update.documents, (d) => d.iri, state.documents);
    recount();
    const centre = near && network.body.nodes[near] ? network.getPositions([near])[near] : network.getViewPosition();
    const radius = 160 + 14 * newNodes.length;
    const placed = newNodes.map((n, i) => {
      const angle = (2 * Math.PI * i) / Math.max(newNodes.length, 1);
      return { ...n, x: centre.x + radius * Math.cos(angle), y: centre.y + radius * Math.sin(angle) };
    });
    recompute();
    nodes.add(placed);
    edges.add(newEdges.map((e) => ({ ...e, label: labelsShown ? e.label : " " })));
    renderFilters();
    rebuildIndex();
    apply();
    applyEdgeLabels(true);
    const selected = api.selected;
    if (selected && selected.node) { network.selectNodes([selected.node]); showEntity(selected.node); }
    else if (selected && selected.edge) { network.setSelection({ nodes: [], edges: [selected.edge] }, { unselectAll: true, highlightEdges: false }); showClaim(selected.edge); }
    return { nodes: newNodes.map((n) => n.id), edges: newEdges.map((e) => e.id) };
  }

  // ---- search -----------------------------------------------------------------------------------------------
  const search = byId("search");
  const results = byId("results");
  let index = [];
  function rebuildIndex() {
    const all = { ...((data.story && data.story.entities) || {}), ...data.entities };
    index = Object.entries(all).map(([id, e]) => ({ id, e, names: e.names.map((n) => [n, fold(n)]) }));
  }
  rebuildIndex();

  function matches(text) {
    const wanted = fold(text);
    if (!wanted) return [];
    const hits = [];
    for (const item of index) {
      let best = null;
      for (const [name, folded] of item.names) {
        const rank = folded === wanted ? 0 : folded.startsWith(wanted) ? 1 : folded.includes(wanted) ? 2 : null;
        if (rank !== null && (best === null || rank < best.rank)) best = { rank, name };
      }
      if (best) hits.push({ id: item.id, label: item.e.label, rank: best.rank, name: best.name });
    }
    hits.sort((a, b) => a.rank - b.rank || a.label.localeCompare(b.label));
    return hits.slice(0, 25);
  }

  function showResults() {
    const hits = matches(search.value);
    results.replaceChildren();
    for (const hit of hits) {
      const li = el("li");
      const button = el("button", hit.label);
      button.type = "button";
      if (fold(hit.name) !== fold(hit.label)) button.append(el("span", ` — ${hit.name}`, "why"));
      button.addEventListener("click", () => { results.hidden = true; pick(hit.id); });
      li.append(button);
      results.append(li);
    }
    if (search.value && !hits.length) results.append(el("li", "no match", "hint"));
    results.hidden = !search.value;
  }

  function pick(id) {
    if (api.onPick && api.onPick(id)) return;
    selectNode(id);
  }

  search.addEventListener("input", showResults);
  search.addEventListener("keydown", (event) => {
    if (event.key === "Enter") {
      const hits = matches(search.value);
      if (hits.length) { results.hidden = true; pick(hits[0].id); }
    } else if (event.key === "Escape") {
      results.hidden = true;
    }
  });

  // ---- layout: settle once, then hold still ----------------------------------------------------------------
  function ready() {
    if (api.ready) return;
    network.setOptions({ physics: { enabled: false } });
    physics.checked = false;
    api.ready = true;
    api.readyAt = performance.now();
    if (data.focus && data.entities[data.focus]) selectNode(data.focus);
    applyEdgeLabels();
    document.body.dataset.ready = "true";
  }
  updateCounts();
})();
