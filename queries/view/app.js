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
  const network = new vis.Network(byId("graph"), { nodes: nodeView, edges: edgeView }, data.options);

  const api = {
    network, data, ready: false, readyAt: null, selected: null,
    drawn: () => ({ nodes: network.body.nodeIndices.length, edges: network.body.edgeIndices.length }),
    select: selectNode, showClaim: selectEdge, apply, merge,
    entityActions: [], // functions (id) => [elements] adding actions to a node's panel (served pages)
  };
  window.drugkg = api;

  function updateCounts() {
    byId("counts").textContent = `${visibleNodes.size} of ${data.nodes.length} entities, ${visibleEdges.size} of ${data.edges.length} claims shown`;
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
    checkList("filter-classes", data.classes.map((c) => ({ ...c, key: c.name })), state.classes, (c) => {
      const symbol = el("span", c.symbol, "symbol");
      symbol.style.color = c.color;
      return [symbol, el("span", c.label)];
    });
    checkList("filter-relations", data.relations.map((r) => ({ ...r, key: r.name })), state.relations, (r) => [el("span", r.label)]);
    checkList("filter-documents", data.documents.map((d) => ({ ...d, key: d.iri })), state.documents, (d) => {
      const span = el("span", d.title);
      span.title = d.id;
      return [span];
    });
    const legend = byId("edge-legend");
    legend.replaceChildren();
    for (const [kind, text, dash] of [["asserted", "stated", "solid"], ["hedged", "hedged (may, sometimes)", "dotted"],
      ["negated", "not (the source denies it)", "dashed"], ["unsupported", "no claim in the graph", "dotted"]]) {
      if (kind === "unsupported" && !data.edges.some((e) => e.kind === kind)) continue;
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
    const show = edgeLabels.checked && (data.edges.length <= 30 || network.getScale() >= 0.75);
    if (show === labelsShown && !force) return;
    labelsShown = show;
    edges.update(data.edges.map((e) => ({ id: e.id, label: show ? labelOf[e.id] : " " })));
  }
  edgeLabels.addEventListener("change", () => applyEdgeLabels());
  network.on("zoom", () => applyEdgeLabels());
  byId("fit").addEventListener("click", () => { network.fit({ animation: false }); applyEdgeLabels(); });

  // ---- panel ------------------------------------------------------------------------------------------------
  const panel = byId("panel");

  function nodeButton(id) {
    const entity = data.entities[id];
    const button = el("button", entity ? entity.label : id, "link");
    button.type = "button";
    button.addEventListener("click", () => selectNode(id));
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
      section(`Claims (${related.length})`);
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

  function showClaim(id) {
    const claim = data.claims[id];
    panel.replaceChildren();
    const heading = el("h2");
    heading.append(nodeButton(claim.subject), el("span", ` ${claim.relation} `), nodeButton(claim.object));
    panel.append(heading);
    if (claim.negated) panel.append(el("p", "Negated: the source says this is NOT so. It is not a fact the graph asserts.", "warn"));
    else if (claim.certainty !== "asserted") panel.append(el("p", `Hedged (${claim.certainty}): the source does not state this firmly.`, "hedge"));
    if (claim.qualifiers.length) {
      section("Qualifiers");
      const dl = el("dl");
      claim.qualifiers.forEach(([k, v]) => dl.append(el("dt", k), el("dd", v)));
      panel.append(dl);
    }
    section(claim.evidence.length ? `Evidence (${claim.evidence.length})` : "Evidence");
    if (!claim.evidence.length) panel.append(el("p", "No quote in the graph supports this.", "hint"));
    for (const ev of claim.evidence) {
      panel.append(el("blockquote", ev.quote, "quote"));
      const doc = data.documents.find((d) => d.iri === ev.doc);
      const where = ev.start === null ? "" : `, characters ${ev.start}–${ev.end}`;
      panel.append(el("cite", `${doc ? doc.title : ev.doc} (${doc ? doc.id : ""}${where}; ${ev.method})`));
    }
  }

  function ensureVisible(ids) {
    if (ids.every((id) => visibleNodes.has(id) || visibleEdges.has(id))) return;
    resetFilters();
  }

  function selectNode(id) {
    if (!data.entities[id]) return;
    ensureVisible([id]);
    network.selectNodes([id]);
    network.focus(id, { scale: Math.max(network.getScale(), 0.9), animation: false });
    applyEdgeLabels(); // focus() zooms without a "zoom" event
    api.selected = { node: id };
    showEntity(id);
  }

  function selectEdge(id) {
    if (!data.claims[id]) return;
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

  network.on("click", (params) => {
    if (params.nodes.length) { api.selected = { node: params.nodes[0] }; showEntity(params.nodes[0]); }
    else if (params.edges.length) { api.selected = { edge: params.edges[0] }; showClaim(params.edges[0]); }
  });

  // ---- search -----------------------------------------------------------------------------------------------
  const search = byId("search");
  const results = byId("results");
  let index = [];
  function rebuildIndex() {
    index = Object.entries(data.entities).map(([id, e]) => ({ id, e, names: e.names.map((n) => [n, fold(n)]) }));
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
      button.addEventListener("click", () => { results.hidden = true; selectNode(hit.id); });
      li.append(button);
      results.append(li);
    }
    if (search.value && !hits.length) results.append(el("li", "no match", "hint"));
    results.hidden = !search.value;
  }

  search.addEventListener("input", showResults);
  search.addEventListener("keydown", (event) => {
    if (event.key === "Enter") {
      const hits = matches(search.value);
      if (hits.length) { results.hidden = true; selectNode(hits[0].id); }
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
  network.once("stabilizationIterationsDone", ready);
  if (!data.nodes.length) ready();
  updateCounts();
})();
