/*
 * Glue between the ALTCHA widget and the JSF hidden field of the polis:captcha component.
 * PolisCaptcha.wire(widgetId) runs right after each widget element, before the widget's module
 * script, so no event is missed.
 */
window.PolisCaptcha = window.PolisCaptcha || (function () {
    "use strict";

    /* The portal validates on the server and shows its messages in the page's language: the widget's
       native "required" checkbox would block the post with a browser bubble instead. */
    function relax(widget) {
        var boxes = widget.querySelectorAll("input[type=checkbox]");
        for (var i = 0; i < boxes.length; i++) {
            boxes[i].required = false;
        }
    }

    function wire(widgetId) {
        var widget = document.getElementById(widgetId);
        var field = widget && document.getElementById(widget.getAttribute("data-polis-field"));
        if (!field) {
            return;
        }
        // A payload is good for one post: after any post (e.g. a validation error) a new check is needed.
        field.value = "";
        widget.addEventListener("statechange", function (event) {
            var detail = event.detail || {};
            field.value = detail.state === "verified" && detail.payload ? detail.payload : "";
            widget.setAttribute("data-polis-state", detail.state || "");
            relax(widget);
        });
        widget.addEventListener("load", function () {
            relax(widget);
        });
    }

    return { wire: wire };
}());
