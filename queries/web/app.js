// The drugkg query page: the YASQE editor (vendored, offline) with completions from the endpoint's /terms,
// the query library with its parameter forms, a sortable result table with labels beside compact IRIs,
// downloads in every format and a permalink for any query. Every value from the graph is written with
// textContent or into an attribute, never as markup. Nothing is fetched from anywhere but this server.
"use strict";
const TABLE_FORMATS = ["csv", "tsv", "json", "xml"];
const GRAPH_FORMATS = ["turtle", "ntriples", "jsonld", "rdfxml"];
const JSON_ACCEPT = "application/sparql-results+json, text/turtle;q=0.9";
const ENTITY_NS = "https://w3id.org/drugkg/entity/";
const DEFAULT_QUERY = `SELECT ?predicate (COUNT(?claim) AS ?claims)
WHERE { ?claim a dkg:Claim ; dkg:predicate ?predicate }
GROUP BY ?predicate
ORDER BY DESC(?claims)`;
let library = [];
let terms = { classes: [], properties: [], entities: [], labels: {}, prefixes: {}, subclasses: {} };
let editor = null; // the YASQE editor, or null when its script did not load (a plain textarea then)
let lastRequest = null; // {kind: "library"|"sparql", name, params, query}

function el(tag, text) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  return node;
}

function setStatus(message, isError) {
  const status = document.getElementById("status");
  status.textContent = message;
  status.className = isError ? "error" : "muted";
}

// ---- the editor ----------------------------------------------------------------------------------------

function queryText() {
  return editor ? editor.getValue() : document.getElementById("fallback").value;
}

function setQueryText(text) {
  if (editor) editor.setValue(text);
  else document.getElementById("fallback").value = text;
}

function withLabels(yasqe, hints) {
  for (const hint of hints) {
    const term = byId.get(hint.text);
    if (term && term.label) hint.displayText = `${hint.text}  ${term.label}`;
  }
  return hints;
}

const byId = new Map();

// Entities whose slug or any name holds what follows "ent:", best first: a slug that starts with it, then a
// name that starts with it, then the others, each in the order of their slugs.
function matchingEntities(yasqe, token) {
  const wanted = token.string.replace(/^ent:/, "").toLowerCase();
  const ranked = [];
  for (const entity of terms.entities) {
    const slug = entity.id.slice(4).toLowerCase();
    const names = [entity.label, ...entity.names].map((n) => n.toLowerCase());
    let rank = null;
    if (slug.startsWith(wanted)) rank = 0;
    else if (names.some((n) => n.startsWith(wanted))) rank = 1;
    else if (slug.includes(wanted) || names.some((n) => n.includes(wanted))) rank = 2;
    if (rank !== null) ranked.push([rank, entity.id]);
  }
  ranked.sort((a, b) => a[0] - b[0] || a[1].localeCompare(b[1]));
  return ranked.slice(0, 50).map((r) => r[1]);
}

// The endpoint knows its prefixes without PREFIX lines: so does the editor's syntax check (its SPARQL mode
// starts every parse with them declared, instead of flagging "Prefix 'dkg' is not defined").
function knowPrefixes(Yasqe) {
  const original = Yasqe.modes && Yasqe.modes.sparql11;
  if (!original) return;
  Yasqe.defineMode("sparql11", (config, parserConfig) => {
    const mode = original(config, parserConfig);
    return { ...mode, startState: () => Object.assign(mode.startState(), { prefixes: { ...terms.prefixes } }) };
  });
}

function createEditor() {
  const Yasqe = window.Yasqe;
  const box = document.getElementById("editor");
  if (!Yasqe) {
    const area = el("textarea");
    area.id = "fallback";
    area.spellcheck = false;
    area.value = DEFAULT_QUERY;
    box.append(area);
    return null;
  }
  for (const term of [...terms.classes, ...terms.properties, ...terms.entities]) byId.set(term.id, term);
  knowPrefixes(Yasqe);
  const same = { preProcessToken: (yasqe, token) => token, postProcessSuggestion: (yasqe, token, s) => s };
  // The built-in class and property completers ask Linked Open Vocabularies over the network: replaced by
  // ones that complete this graph's own terms (bulk lists from /terms).
  Yasqe.forkAutocompleter("class", {
    ...same, name: "dkgClass", bulk: true, autoShow: true, persistenceId: null,
    get: terms.classes.map((t) => t.id), postprocessHints: withLabels,
  }, false);
  Yasqe.forkAutocompleter("property", {
    ...same, name: "dkgProperty", bulk: true, autoShow: true, persistenceId: null,
    get: terms.properties.map((t) => t.id), postprocessHints: withLabels,
  }, false);
  Yasqe.registerAutocompleter({
    ...same, name: "dkgEntity", bulk: false, autoShow: true, persistenceId: null,
    isValidCompletionPosition: (yasqe) => /^ent:/.test(yasqe.getCompleteToken().string),
    get: matchingEntities, postprocessHints: withLabels,
  }, false);
  return new Yasqe(box, {
    value: DEFAULT_QUERY,
    persistenceId: null,
    showQueryButton: false,
    createShareableLink: null,
    resizeable: true,
    autocompleters: ["variables", "prefixes", "dkgClass", "dkgProperty", "dkgEntity"],
    requestConfig: { endpoint: "sparql", method: "POST" },
    extraKeys: { "Ctrl-Enter": () => runQuery(), "Cmd-Enter": () => runQuery() },
  });
}

// ---- the library ---------------------------------------------------------------------------------------

function currentLibraryQuery() {
  const name = document.getElementById("library").value;
  return library.find((q) => q.name === name);
}

function showLibraryQuery() {
  const query = currentLibraryQuery();
  const form = document.getElementById("params");
  form.replaceChildren();
  document.getElementById("description").textContent = query ? query.description : "";
  if (!query) return;
  for (const param of query.params) {
    const label = el("label", `${param.label} (${param.name})`);
    if (param.required) label.append(" ", Object.assign(el("span", "required"), { className: "required" }));
    label.htmlFor = "param-" + param.name;
    const input = el("input");
    input.type = "text";
    input.id = "param-" + param.name;
    input.name = param.name;
    input.value = param.required ? "" : param.default || "";
    input.required = param.required;
    if (param.example || param.default) input.placeholder = "e.g. " + (param.example || param.default);
    const list = suggestionList(param);
    if (list) input.setAttribute("list", list);
    form.append(label, input);
  }
}

// An entity parameter suggests the names of the entities of its classes (a datalist from /terms).
function suggestionList(param) {
  if (param.type !== "entity") return null;
  const id = "names-" + (param.classes.join("-") || "any");
  if (document.getElementById(id)) return id;
  const list = el("datalist");
  list.id = id;
  const wanted = new Set(param.classes.map((c) => "dkg:" + c));
  const sub = subclassesOf(wanted);
  for (const entity of terms.entities) {
    if (sub.size && !entity.classes.some((c) => sub.has(c))) continue;
    for (const name of [entity.label, ...entity.names]) list.append(Object.assign(el("option"), { value: name }));
  }
  document.body.append(list);
  return id;
}

function subclassesOf(classes) {
  const out = new Set();
  for (const c of classes) for (const sub of terms.subclasses[c] || [c]) out.add(sub);
  return out;
}

function libraryParams() {
  const params = new URLSearchParams();
  for (const input of document.querySelectorAll("#params input")) {
    if (input.value !== "" || input.required) params.append(input.name, input.value);
  }
  return params;
}

function libraryUrl(name, params, format) {
  const copy = new URLSearchParams(params);
  for (const [key, value] of [...copy]) if (value === "") copy.delete(key);
  if (format) copy.set("format", format);
  return "library/" + encodeURIComponent(name) + "?" + copy.toString();
}

// ---- running and showing -------------------------------------------------------------------------------

async function fetchSparql(query, format) {
  const body = new URLSearchParams({ query: query });
  if (format) body.set("format", format);
  return fetch("sparql", { method: "POST", headers: { Accept: JSON_ACCEPT }, body: body });
}

async function show(response) {
  const results = document.getElementById("results");
  results.replaceChildren();
  document.getElementById("downloads").replaceChildren();
  const text = await response.text();
  if (!response.ok) {
    setStatus(`${response.status}: ${text}`, true);
    return;
  }
  const type = (response.headers.get("Content-Type") || "").split(";")[0];
  if (type === "application/sparql-results+json") {
    const data = JSON.parse(text);
    if ("boolean" in data) {
      setStatus("Answer: " + (data.boolean ? "yes" : "no"));
    } else {
      renderTable(data);
      const count = data.results.bindings.length;
      setStatus(`${count} row${count === 1 ? "" : "s"}`);
    }
    addDownloads(TABLE_FORMATS);
  } else {
    results.append(el("pre", text));
    setStatus("A graph (Turtle)");
    addDownloads(GRAPH_FORMATS);
  }
}

function compactIri(iri) {
  let best = null;
  for (const [prefix, namespace] of Object.entries(terms.prefixes)) {
    if (iri.startsWith(namespace) && iri.length > namespace.length && (!best || namespace.length > best[1].length)) {
      best = [prefix, namespace];
    }
  }
  return best ? `${best[0]}:${iri.slice(best[1].length)}` : `<${iri}>`;
}

// An IRI cell: the full IRI is its text (copied, searched), shown compact with its label beside it;
// an entity links to its place in the graph (/explore) and to its page.
function resultCell(term) {
  const td = el("td");
  if (!term) return td;
  if (term.type !== "uri") {
    td.textContent = term.value;
    return td;
  }
  const link = el("a");
  link.className = "iri";
  link.append(Object.assign(el("span", term.value), { className: "full" }));
  link.dataset.compact = compactIri(term.value);
  link.title = term.value;
  const isEntity = term.value.startsWith(ENTITY_NS);
  link.href = isEntity ? "/explore?focus=" + encodeURIComponent(term.value) : term.value;
  if (!isEntity) link.rel = "noreferrer";
  td.append(link);
  const label = terms.labels[term.value];
  if (label && label !== link.dataset.compact.split(":").pop()) {
    td.append(Object.assign(el("span"), { className: "label" }));
    td.lastChild.dataset.label = label;
  }
  if (isEntity) {
    const page = el("a");
    page.className = "page";
    page.href = "/explore/page/" + encodeURIComponent(term.value.slice(ENTITY_NS.length));
    page.title = "the entity's page";
    td.append(page);
  }
  return td;
}

function renderTable(data) {
  const table = el("table");
  const head = el("tr");
  data.head.vars.forEach((name, index) => {
    const th = el("th", name);
    th.addEventListener("click", () => sortBy(table, index, th));
    head.append(th);
  });
  table.append(head);
  for (const row of data.results.bindings) {
    const tr = el("tr");
    for (const name of data.head.vars) tr.append(resultCell(row[name]));
    table.append(tr);
  }
  document.getElementById("results").append(table);
}

function sortBy(table, index, th) {
  const rows = [...table.rows].slice(1);
  const descending = th.getAttribute("aria-sort") === "ascending";
  for (const other of table.rows[0].cells) other.removeAttribute("aria-sort");
  th.setAttribute("aria-sort", descending ? "descending" : "ascending");
  const key = (row) => row.cells[index].textContent;
  const numeric = rows.every((r) => key(r) === "" || !Number.isNaN(Number(key(r))));
  rows.sort((a, b) => {
    const order = numeric ? Number(key(a)) - Number(key(b)) : key(a).localeCompare(key(b));
    return descending ? -order : order;
  });
  table.append(...rows);
}

function addDownloads(formats) {
  const box = document.getElementById("downloads");
  box.append(el("span", "Download: "));
  for (const format of formats) {
    const button = el("button", format);
    button.type = "button";
    button.addEventListener("click", () => download(format));
    box.append(button);
  }
}

async function download(format) {
  const request = lastRequest;
  const response = request.kind === "library"
    ? await fetch(libraryUrl(request.name, request.params, format))
    : await fetchSparql(request.query, format);
  if (!response.ok) {
    setStatus(`${response.status}: ${await response.text()}`, true);
    return;
  }
  const blob = await response.blob();
  const link = el("a");
  link.href = URL.createObjectURL(blob);
  const extension = { turtle: "ttl", ntriples: "nt", jsonld: "jsonld", rdfxml: "rdf" }[format] || format;
  link.download = (request.name || "query") + "." + extension;
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(link.href);
}

async function runLibrary() {
  const query = currentLibraryQuery();
  if (!query) return;
  lastRequest = { kind: "library", name: query.name, params: libraryParams() };
  showPermalink(false);
  setStatus("Running…");
  await show(await fetch(libraryUrl(query.name, lastRequest.params), { headers: { Accept: JSON_ACCEPT } }));
}

async function runQuery() {
  lastRequest = { kind: "sparql", query: queryText() };
  showPermalink(false);
  setStatus("Running…");
  await show(await fetchSparql(lastRequest.query));
}

// ---- permalinks: "/?query=TEXT" for a typed query, "/?library=NAME&param=value" for a library query ------

function permalink() {
  const url = new URL(window.location.href);
  url.search = "";
  url.hash = "";
  const request = lastRequest || { kind: "sparql", query: queryText() };
  if (request.kind === "library") {
    url.search = new URLSearchParams([["library", request.name], ...request.params]).toString();
  } else {
    url.search = new URLSearchParams({ query: request.query }).toString();
  }
  return url.toString();
}

function showPermalink(visible) {
  const link = document.getElementById("permalink");
  link.hidden = !visible;
  if (!visible) return;
  link.href = permalink();
  link.textContent = link.href;
  window.history.replaceState(null, "", link.href);
}

// "/?library=NAME&param=value" (e.g. from a node of the graph page) picks that library query, fills its
// parameters from the address and runs it; "/?query=TEXT" puts the text in the editor and runs it.
async function preselect() {
  const wanted = new URLSearchParams(window.location.search);
  if (wanted.has("query")) {
    setQueryText(wanted.get("query"));
    await runQuery();
    return;
  }
  const name = wanted.get("library");
  if (!name) return;
  if (!library.some((q) => q.name === name)) {
    setStatus(`no library query called ${name}`, true);
    return;
  }
  document.getElementById("library").value = name;
  showLibraryQuery();
  for (const input of document.querySelectorAll("#params input")) {
    if (wanted.has(input.name)) input.value = wanted.get(input.name);
  }
  await runLibrary();
}

async function start() {
  const [libraryResponse, termsResponse] = await Promise.all([fetch("library"), fetch("terms")]);
  library = await libraryResponse.json();
  if (termsResponse.ok) terms = await termsResponse.json();
  editor = createEditor();
  const select = document.getElementById("library");
  for (const query of library) {
    const option = el("option", query.title);
    option.value = query.name;
    select.append(option);
  }
  select.addEventListener("change", showLibraryQuery);
  document.getElementById("run-library").addEventListener("click", runLibrary);
  document.getElementById("run-query").addEventListener("click", runQuery);
  document.getElementById("make-permalink").addEventListener("click", () => showPermalink(true));
  document.getElementById("edit-library").addEventListener("click", () => {
    const query = currentLibraryQuery();
    if (query) setQueryText(query.text);
  });
  showLibraryQuery();
  await preselect();
  document.body.dataset.ready = "true";
}

start().catch((error) => setStatus(String(error), true));
