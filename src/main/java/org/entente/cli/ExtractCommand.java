package org.entente.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.entente.extract.Extraction;
import org.entente.extract.Extractor;
import org.entente.extract.Language;
import org.entente.extract.Relation;
import org.entente.ingest.ArticleReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code entente extract FILE... --format jsonl}: the extractor alone, one JSON object per article. */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = "Print what the extractor reads in each article, as JSON; no store is touched.")
final class ExtractCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "FILE") List<Path> files;

  @Option(names = "--format", description = "jsonl (default) or json (indented)") String format = "jsonl";

  @Option(names = "--explain", description = "Add, for each relation, the rule and the words that produced it.")
  boolean explain;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (!format.equals("jsonl") && !format.equals("json")) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--format must be jsonl or json");
    }
    for (Path p : files) if (!Files.exists(p)) throw new UserError(p + ": no such file or directory");
    ObjectMapper json = new ObjectMapper();
    if (format.equals("json")) json.enable(SerializationFeature.INDENT_OUTPUT);
    Extractor x = new Extractor();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    int[] bad = {0};
    ArticleReader reader = new ArticleReader(a -> {
      Extraction e = x.extract(a.id(), a.title(), a.text(), Language.fromCode(a.lang()), a.published());
      if (!explain) {
        List<Relation> plain = new ArrayList<>();
        for (Relation r : e.relations()) plain.add(r.withoutExplanation());
        e = new Extraction(e.id(), e.lang(), e.entities(), plain);
      }
      try {
        out.println(json.writeValueAsString(e));
      } catch (Exception ex) {
        throw new IllegalStateException(ex);
      }
    }, p -> {
      bad[0]++;
      err.println("entente: " + p);
    });
    for (Path f : reader.files(files)) reader.read(f);
    out.flush();
    return 0;
  }
}
