package org.entente.ingest;

import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Takes the title and the main text out of a news page: the {@code <article>} or {@code <main>}
 * element when there is one, else the body, without navigation, headers, footers, scripts and
 * forms; one paragraph a line.
 */
final class HtmlText {

  record Page(String title, String text, String published, String url, String lang) {}

  private HtmlText() {}

  static Page extract(Document doc) {
    String title = meta(doc, "og:title");
    if (title == null || title.isBlank()) title = doc.title();
    if ((title == null || title.isBlank()) && doc.selectFirst("h1") != null) title = doc.selectFirst("h1").text();
    doc.select("script, style, noscript, nav, header, footer, aside, form, iframe, svg").remove();
    Element root = doc.selectFirst("article");
    if (root == null) root = doc.selectFirst("main");
    if (root == null) root = doc.body();
    StringBuilder sb = new StringBuilder();
    Elements blocks = root == null ? new Elements() : root.select("h1, h2, h3, h4, p, li, blockquote");
    for (Element e : blocks) {
      if (e.select("p, li").stream().anyMatch(c -> c != e)) continue; // holds other blocks: they speak for it
      String t = e.text().strip();
      if (!t.isEmpty()) sb.append(t).append('\n');
    }
    if (sb.isEmpty() && root != null) sb.append(root.text());
    String published = meta(doc, "article:published_time");
    String lang = doc.selectFirst("html") == null ? null : doc.selectFirst("html").attr("lang");
    return new Page(title, sb.toString().strip(), published, meta(doc, "og:url"),
        lang == null || lang.isBlank() ? null : lang.toLowerCase(Locale.ROOT));
  }

  private static String meta(Document doc, String property) {
    Element m = doc.selectFirst("meta[property=" + property + "]");
    return m == null ? null : m.attr("content");
  }
}
