package io.github.hadath.render;

/**
 * One highlighted span of the text: an entity, a time expression, an event trigger or an event
 * argument that names no entity.
 *
 * @param start start offset in the original text
 * @param end end offset in the original text
 * @param rank nesting preference when two marks cover the same span (lower: outer)
 * @param id the element id of the mark's first fragment
 * @param cssClass the classes of the element
 * @param title the hover text
 * @param data extra {@code data-} attributes, already escaped, with a leading space, or ""
 */
record Mark(int start, int end, int rank, String id, String cssClass, String title,
    String data) {}
