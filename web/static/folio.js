// Folio's pages work without this script; with it, the quote form's totals and field errors follow
// the typing (the server computes them: POST /quotes/live), and choosing a known client fills the buyer.
"use strict";
(function () {
  const form = document.getElementById("quote-form");
  if (!form) return;
  const totals = document.getElementById("totals");
  let timer = null;
  let sequence = 0;
  // Errors show as you type only for the fields typed in; the buttons' pages show them all.
  const touched = new Set();

  function showErrors(errors) {
    for (const paragraph of form.querySelectorAll("[data-error-for]")) {
      const name = paragraph.getAttribute("data-error-for");
      const input = form.querySelector(`[name="${CSS.escape(name)}"]`);
      // A field not typed in yet keeps what the server's page said of it.
      if (!touched.has(name)) continue;
      const reason = errors[name];
      paragraph.textContent = reason || "";
      paragraph.hidden = !reason;
      if (!input) continue;
      if (reason) {
        input.setAttribute("aria-invalid", "true");
        input.setAttribute("aria-describedby", paragraph.id);
      } else {
        input.removeAttribute("aria-invalid");
        input.removeAttribute("aria-describedby");
      }
    }
  }

  async function refresh() {
    const mine = ++sequence;
    const body = new URLSearchParams(new FormData(form));
    body.delete("action");
    try {
      const response = await fetch("/quotes/live", { method: "POST", body, credentials: "same-origin",
                                                     headers: { "Content-Type": "application/x-www-form-urlencoded" } });
      if (!response.ok || mine !== sequence) return;
      const answer = await response.json();
      totals.innerHTML = answer.totals;
      showErrors(answer.errors || {});
      form.dataset.live = String(mine);
    } catch (error) {
      // Offline or the server restarting: the buttons still work without the live totals.
    }
  }

  form.addEventListener("input", (event) => {
    if (event.target.name) touched.add(event.target.name);
    clearTimeout(timer);
    timer = setTimeout(refresh, 300);
  });
  const client = form.querySelector("[data-fills-client]");
  if (client) {
    client.addEventListener("change", () => {
      if (!client.value) return;
      const fill = form.querySelector('button[value="client"]');
      if (fill) form.requestSubmit(fill);
    });
  }
})();
