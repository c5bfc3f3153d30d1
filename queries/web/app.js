// The drugkg query page. Every value from the graph is written with textContent, never as markup.
"use strict";
const TABLE_FORMATS = ["csv", "tsv", "json", "xml"];
const GRAPH_FORMATS = ["turtle", "ntriples", "jsonld", "rdfxml"];
const JSON_ACCEPT = "application/sparql-results+json, text/turtle;q=0.9";
let library = [];
let lastRequest = null;  // {kind: "library"|"sparql", name, params, query, graph}

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
    const label = el("label", `${param.label} (${param.type})`);
    label.htmlFor = "param-" + param.name;
    const input = el("input");
    input.type = "text";
    input.id = "param-" + param.name;
    input.name = param.name;
    input.value = param.default || "";
    form.append(label, input);
  }
}

function libraryParams() {
  const params = new URLSearchParams();
  for (const input of document.querySelectorAll("#params input")) params.append(input.name, input.value);
  return params;
}

function libraryUrl(name, params, format) {
  const copy = new URLSearchParams(params);
  if (format) copy.set("format", format);
  return "library/" + encodeURIComponent(name) + "?" + copy.toString();
}

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

// An entity of the graph links to its place in the interactive graph (/explore); the text stays the value.
const ENTITY_NS = "https://w3id.org/drugkg/entity/";

function resultCell(term) {
  const td = el("td");
  if (!term) return td;
  if (term.type === "uri" && term.value.startsWith(ENTITY_NS)) {
    const link = el("a", term.value);
    link.href = "/explore?focus=" + encodeURIComponent(term.value);
    link.title = "show in the graph";
    td.append(link);
  } else {
    td.textContent = term.value;
  }
  return td;
}

function renderTable(data) {
  const table = el("table");
  const head = el("tr");
  for (const name of data.head.vars) head.append(el("th", name));
  table.append(head);
  for (const row of data.results.bindings) {
    const tr = el("tr");
    for (const name of data.head.vars) tr.append(resultCell(row[name]));
    table.append(tr);
  }
  document.getElementById("results").append(table);
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
  link.download = (request.name || "query") + "." + ({ turtle: "ttl", ntriples: "nt", jsonld: "jsonld", rdfxml: "rdf" }[format] || format);
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(link.href);
}

async function runLibrary() {
  const query = currentLibraryQuery();
  if (!query) return;
  lastRequest = { kind: "library", name: query.name, params: libraryParams() };
  setStatus("Running…");
  await show(await fetch(libraryUrl(query.name, lastRequest.params), { headers: { Accept: JSON_ACCEPT } }));
}

async function runQuery() {
  const query = document.getElementById("query").value;
  lastRequest = { kind: "sparql", query: query };
  setStatus("Running…");
  await show(await fetchSparql(query));
}

async function start() {
  const response = await fetch("library");
  library = await response.json();
  const select = document.getElementById("library");
  for (const query of library) {
    const option = el("option", query.title);
    option.value = query.name;
    select.append(option);
  }
  select.addEventListener("change", showLibraryQuery);
  document.getElementById("run-library").addEventListener("click", runLibrary);
  document.getElementById("run-query").addEventListener("click", runQuery);
  document.getElementById("edit-library").addEventListener("click", () => {
    const query = currentLibraryQuery();
    if (query) document.getElementById("query").value = query.text;
  });
  showLibraryQuery();
  await preselect();
}

// "/?library=NAME&param=value" (e.g. from a node of the graph page) picks that library query, fills its
// parameters from the address and runs it.
async function preselect() {
  const wanted = new URLSearchParams(window.location.search);
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

start().catch((error) => setStatus(String(error), true));
