package org.entente.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.entente.graph.GraphStore;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.exceptions.Neo4jException;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code entente query FILE.cypher | -e CYPHER}: a Cypher question in a read transaction. */
@Command(name = "query", mixinStandardHelpOptions = true,
    description = "Run a Cypher question (read-only unless --write) with parameters; print a table, JSON or CSV.")
final class QueryCommand implements Callable<Integer> {

  @Mixin StoreOptions store;

  static final class Source {
    @Parameters(paramLabel = "FILE.cypher") Path file;
    @Option(names = {"-e", "--execute"}, paramLabel = "CYPHER") String cypher;
  }

  @ArgGroup(multiplicity = "0..1") Source source;

  @Option(names = "--list", description = "List the canned questions of queries/: what each answers and its parameters.")
  boolean list;

  @Option(names = "--param", paramLabel = "NAME=VALUE", description = "A parameter; numbers, true/false and [a,b] lists are typed.")
  Map<String, String> params = new LinkedHashMap<>();

  @Option(names = "--format", description = "table (default), json or csv") String format = "table";
  @Option(names = "--write", description = "Allow the statement to write.") boolean write;
  @Option(names = "--timeout", description = "Seconds before the question is stopped (default: ${DEFAULT-VALUE})") int timeout = 60;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (!List.of("table", "json", "csv").contains(format)) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--format must be table, json or csv");
    }
    if (list) return list(spec.commandLine().getOut());
    if (source == null) throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a FILE.cypher, a canned question's name, -e CYPHER or --list is needed");
    String cypher = source.cypher != null ? source.cypher : read(source.file);
    Map<String, Object> typed = new LinkedHashMap<>();
    params.forEach((k, v) -> typed.put(k, Params.typed(v)));
    PrintWriter out = spec.commandLine().getOut();
    try (GraphStore g = store.openGraph(); Session s = g.session()) {
      TransactionConfig tc = TransactionConfig.builder().withTimeout(java.time.Duration.ofSeconds(timeout)).build();
      List<String> keys = new ArrayList<>();
      List<Record> rows = write
          ? s.executeWrite(tx -> collect(tx.run(cypher, typed), keys), tc)
          : s.executeRead(tx -> collect(tx.run(cypher, typed), keys), tc);
      ResultPrinter.print(keys, rows, format, out);
    } catch (Neo4jException e) {
      String m = Main.firstLine(e.getMessage());
      if (!write && m.toLowerCase(java.util.Locale.ROOT).contains("write")) m += " (the question runs read-only; add --write to change the graph)";
      throw new UserError("Cypher error: " + m);
    }
    return 0;
  }

  private static List<Record> collect(Result r, List<String> keys) {
    keys.addAll(r.keys());
    return r.list();
  }

  private int list(PrintWriter out) {
    List<CannedQuestions.Question> qs = CannedQuestions.all();
    if (qs.isEmpty()) throw new UserError("no canned questions found in " + CannedQuestions.dir().toAbsolutePath());
    for (CannedQuestions.Question q : qs) {
      out.println(q.name());
      out.println("    " + q.answers());
      if (!q.paramText().isEmpty()) out.println("    parameters: " + q.paramText());
      StringBuilder ex = new StringBuilder("    ./entente query " + q.name());
      for (String p : q.params()) ex.append(" --param ").append(p).append("=...");
      out.println(ex);
    }
    return 0;
  }

  /** The file's text; a name that is no file but a canned question's name reads that question. */
  private static String read(Path f) {
    if (!Files.exists(f) && f.getParent() == null) {
      CannedQuestions.Question q = CannedQuestions.named(f.toString());
      if (q != null) f = q.file();
    }
    try {
      return Files.readString(f, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UserError(f + ": cannot read: " + e.getMessage());
    }
  }
}
