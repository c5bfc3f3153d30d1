/* drugkg graph page, served by `drugkg serve` only: grows the view in place and links to the SPARQL page.
   Double-clicking a node (or "expand neighbours" in its panel) asks GET /explore/neighbours for the view with
   that node added to the focus list, and merges the answer into the running graph: no reload. Text is only ever
   set with textContent; the page's Content-Security-Policy allows requests to this server only. */
"use strict";
(function () {
  const api = window.drugkg;
  const expand = api && api.data.expand;
  if (!expand) return;
  const focus = [...expand.focus];
  let busy = false;
  api.expansions = 0;
  document.body.dataset.expansions = "0";

  function button(text, className, onClick) {
    const node = document.createElement("button");
    node.type = "button";
    node.className = className;
    node.textContent = text;
    node.addEventListener("click", onClick);
    return node;
  }

  function say(text, isError) {
    const note = document.getElementById("note");
    note.textContent = text;
    note.hidden = !text;
    note.classList.toggle("error", Boolean(isError));
  }

  function query(list) {
    const params = new URLSearchParams();
    list.forEach((f) => params.append("focus", f));
    params.set("depth", String(expand.depth));
    params.set("max_nodes", String(expand.maxNodes));
    return params.toString();
  }

  async function grow(id) {
    if (busy || !api.data.entities[id]) return;
    const wanted = focus.includes(id) ? [...focus] : [...focus, id];
    busy = true;
    document.body.dataset.busy = "true";
    try {
      const answer = await fetch(`${expand.base}/neighbours?${query(wanted)}`, { headers: { Accept: "application/json" } });
      const text = await answer.text();
      if (!answer.ok) { say(`Could not expand: ${text.trim()}`, true); return; }
      const update = JSON.parse(text);
      focus.splice(0, focus.length, ...update.focus);
      api.data.expand.focus = [...focus];
      const added = api.merge(update, id);
      const label = api.data.entities[id].label;
      const what = `Expanded ${label}: ${added.nodes.length} new entities, ${added.edges.length} new claims.`;
      say(update.note ? `${what} ${update.note}` : what, false);
      // the address names the grown view, so that reloading or sharing it shows the same graph
      window.history.replaceState(null, "", `${expand.base}?${query(focus)}`);
      api.expansions += 1;
      api.lastAdded = added;
    } catch (error) {
      say(`Could not expand: ${error}`, true);
    } finally {
      busy = false;
      delete document.body.dataset.busy;
      document.body.dataset.expansions = String(api.expansions);
    }
  }
  api.grow = grow;

  api.onNetwork((network) => network.on("doubleClick", (params) => { if (params.nodes.length) grow(params.nodes[0]); }));

  api.entityActions.push((id) => {
    const sparql = document.createElement("a");
    sparql.textContent = "open in the SPARQL page";
    sparql.className = "sparql";
    sparql.title = "run the library query claims-about for this entity";
    sparql.href = `${expand.sparqlPage}?${new URLSearchParams({ library: "claims-about", entity: id }).toString()}`;
    return [button("expand neighbours", "link expand", () => grow(id)), document.createTextNode(" · "), sparql];
  });
})();
