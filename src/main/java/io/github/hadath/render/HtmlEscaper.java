package io.github.hadath.render;

/**
 * Escapes untrusted text for HTML. Every character of the analysed document goes through here:
 * the document may contain {@code <script>} or quotes, and the page must show them as text.
 */
final class HtmlEscaper {

  private HtmlEscaper() {}

  /** Appends {@code s[from, to)} escaped for element content or a quoted attribute value. */
  static void append(StringBuilder out, CharSequence s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&':
          out.append("&amp;");
          break;
        case '<':
          out.append("&lt;");
          break;
        case '>':
          out.append("&gt;");
          break;
        case '"':
          out.append("&quot;");
          break;
        case '\'':
          out.append("&#39;");
          break;
        case '\u0000':
          // NUL is a parse error in HTML; show the replacement character instead.
          out.append('\uFFFD');
          break;
        default:
          out.append(c);
      }
    }
  }

  /** Appends {@code s} escaped; null appends nothing. */
  static void append(StringBuilder out, CharSequence s) {
    if (s != null) {
      append(out, s, 0, s.length());
    }
  }

  /** Returns {@code s} escaped. */
  static String escape(CharSequence s) {
    StringBuilder sb = new StringBuilder(s.length() + 16);
    append(sb, s);
    return sb.toString();
  }
}
