package org.entente.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.entente.evaluate.Scorer;
import org.entente.extract.Extractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code entente score PATH...}: the extractor's precision, recall and F1 on annotated articles. */
@Command(name = "score", mixinStandardHelpOptions = true,
    description = "Score the extractor on annotated JSONL articles (see docs/ANNOTATION.md): P/R/F1 by relation type, language and mention kind.")
final class ScoreCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "PATH") List<Path> paths;
  @Option(names = "--errors", description = "List every missed and extra relation.") boolean errors;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    new Scorer(new Extractor()).score(paths).print(spec.commandLine().getOut(), errors);
    return 0;
  }
}
