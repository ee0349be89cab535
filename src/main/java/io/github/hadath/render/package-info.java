/**
 * A picture of what Hadath found: {@link io.github.hadath.render.HtmlRenderer} writes one
 * self-contained HTML page (no network, no external script or font) showing the text with its
 * entities, time expressions and event triggers highlighted, and one card per event.
 */
package io.github.hadath.render;
