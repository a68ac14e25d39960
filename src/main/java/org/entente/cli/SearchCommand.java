package org.entente.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.apache.lucene.index.IndexNotFoundException;
import org.entente.search.Hit;
import org.entente.search.Searcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code entente search QUERY}: ranked articles with highlighted snippets; never starts Neo4j. */
@Command(name = "search", mixinStandardHelpOptions = true,
    description = "Full-text search of the articles: words, \"phrases\", AND/OR/NOT, prefix*, field:value.")
final class SearchCommand implements Callable<Integer> {

  @Mixin StoreOptions store;

  @Parameters(index = "0", paramLabel = "QUERY", defaultValue = "") String query;

  @Option(names = "--limit", description = "Hits to show (default: ${DEFAULT-VALUE})") int limit = 10;
  @Option(names = "--json", description = "One JSON object on stdout.") boolean json;
  @Option(names = "--mentions", split = ",", description = "Only articles that mention all these entity ids (RUS,PRK)")
  List<String> mentions;
  @Option(names = "--lang", description = "Only articles in this language (fr, en...)") String lang;
  @Option(names = "--source", description = "Only articles from this source") String source;
  @Option(names = "--from", description = "Published on or after (YYYY-MM-DD)") String from;
  @Option(names = "--to", description = "Published on or before (YYYY-MM-DD)") String to;
  @Option(names = "--sort", description = "relevance (default) or date") String sort = "relevance";
  @Option(names = "--facets", description = "Counts of the matching articles by state, language and month.") boolean facets;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (!Files.isDirectory(store.indexDir())) throw new UserError("no index under " + store.dataDir + ": run entente ingest first");
    Searcher.Request r = new Searcher.Request(query, Math.max(1, limit), mentions, lang, source, date(from, "--from"),
        date(to, "--to"), sort.equals("date"));
    PrintWriter out = spec.commandLine().getOut();
    try (Searcher s = new Searcher(store.indexDir())) {
      List<Hit> hits = s.search(r);
      int total = s.total(r);
      Map<String, Map<String, Integer>> counts = facets ? s.facets(r) : null;
      if (json) {
        ObjectMapper m = new ObjectMapper();
        ObjectNode o = m.createObjectNode();
        o.put("query", query);
        o.put("total", total);
        ArrayNode a = o.putArray("hits");
        for (Hit h : hits) a.add(m.valueToTree(h));
        if (counts != null) o.set("facets", m.valueToTree(counts));
        out.println(m.writeValueAsString(o));
      } else {
        boolean tty = System.console() != null;
        out.printf(java.util.Locale.ROOT, "%d matching article%s%n", total, total == 1 ? "" : "s");
        for (Hit h : hits) {
          out.printf(java.util.Locale.ROOT, "%n%s  %s  [%s] %s%n", h.published() == null ? "          " : h.published(), h.id(), h.lang(),
              h.title() == null ? "" : h.title());
          String snip = h.snippet().replace("<b>", tty ? "\u001b[1m" : "*").replace("</b>", tty ? "\u001b[0m" : "*");
          out.println("    " + snip);
          if (!h.mentions().isEmpty()) out.println("    mentions: " + String.join(", ", h.mentions()));
        }
        if (counts != null) {
          for (var f : counts.entrySet()) out.printf(java.util.Locale.ROOT, "%nfacet %s: %s%n", f.getKey(), new TreeMap<>(f.getValue()));
        }
      }
    } catch (Searcher.BadQuery e) {
      throw new UserError(e.getMessage());
    } catch (IndexNotFoundException e) {
      throw new UserError("no index under " + store.dataDir + ": run entente ingest first");
    }
    return 0;
  }

  private static LocalDate date(String s, String opt) {
    if (s == null) return null;
    try {
      return LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      throw new UserError(opt + " wants a date like 2024-06-19, not '" + s + "'");
    }
  }
}
