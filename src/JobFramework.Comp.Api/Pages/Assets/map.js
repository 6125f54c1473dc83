// Pan and zoom for the mobility maps: buttons (keyboard friendly), the mouse wheel and dragging change the
// picture's viewBox. Every role in the map stays a plain link; nothing here is needed to reach one.
(function () {
  "use strict";
  document.querySelectorAll("[data-zoomable]").forEach(function (box) {
    var svg = box.querySelector("svg");
    if (!svg) { return; }
    var full = svg.viewBox.baseVal;
    var start = { x: full.x, y: full.y, w: full.width, h: full.height };
    var view = { x: start.x, y: start.y, w: start.w, h: start.h };
    function show() { svg.setAttribute("viewBox", [view.x, view.y, view.w, view.h].map(function (n) { return n.toFixed(1); }).join(" ")); }
    function zoom(factor, cx, cy) {
      var w = Math.min(start.w * 2, Math.max(start.w / 8, view.w * factor));
      var h = w * start.h / start.w;
      cx = cx === undefined ? view.x + view.w / 2 : cx;
      cy = cy === undefined ? view.y + view.h / 2 : cy;
      view.x = cx - (cx - view.x) * (w / view.w);
      view.y = cy - (cy - view.y) * (h / view.h);
      view.w = w; view.h = h; show();
    }
    box.querySelectorAll("[data-zoom]").forEach(function (button) {
      button.addEventListener("click", function () {
        var action = button.getAttribute("data-zoom");
        if (action === "in") { zoom(0.8); } else if (action === "out") { zoom(1.25); } else { view = { x: start.x, y: start.y, w: start.w, h: start.h }; show(); }
      });
    });
    function point(event) {
      var rect = svg.getBoundingClientRect();
      return { x: view.x + (event.clientX - rect.left) / rect.width * view.w, y: view.y + (event.clientY - rect.top) / rect.height * view.h };
    }
    svg.addEventListener("wheel", function (event) {
      event.preventDefault();
      var at = point(event);
      zoom(event.deltaY < 0 ? 0.9 : 1.1, at.x, at.y);
    }, { passive: false });
    var drag = null;
    svg.addEventListener("pointerdown", function (event) {
      if (event.target.closest("a")) { return; }
      drag = { x: event.clientX, y: event.clientY, vx: view.x, vy: view.y };
      svg.setPointerCapture(event.pointerId);
    });
    svg.addEventListener("pointermove", function (event) {
      if (!drag) { return; }
      var rect = svg.getBoundingClientRect();
      view.x = drag.vx - (event.clientX - drag.x) / rect.width * view.w;
      view.y = drag.vy - (event.clientY - drag.y) / rect.height * view.h;
      show();
    });
    svg.addEventListener("pointerup", function () { drag = null; });
  });
})();
