package org.entente.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.LongStream;
import org.entente.generate.CorpusGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code entente generate --articles N --seed S --out DIR}: a synthetic news corpus with its ground
 * truth, for benchmarks and for scoring at scale. Writes {@code DIR/articles.jsonl}.
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
    description = "Write N synthetic news articles in six languages (JSONL, about 2 KB each) with the relations"
        + " each asserts as ground truth ('expected', as in the development set). Same seed, same corpus.")
final class GenerateCommand implements Callable<Integer> {

  private static final int CHUNK = 4096;

  @Option(names = "--articles", required = true, description = "How many articles.") long articles;
  @Option(names = "--seed", description = "Random seed (default: ${DEFAULT-VALUE}).") long seed = 1;
  @Option(names = "--out", required = true, description = "Directory to write articles.jsonl into (created if missing).") Path out;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    if (articles < 0) throw new UserError("--articles must be 0 or more");
    Files.createDirectories(out);
    Path file = out.resolve("articles.jsonl");
    long t0 = System.nanoTime();
    CorpusGenerator gen = new CorpusGenerator(seed);
    ObjectMapper json = new ObjectMapper();
    long bytes = 0;
    Path tmp = out.resolve("articles.jsonl.part");
    try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 20)) {
      for (long from = 0; from < articles; from += CHUNK) {
        List<byte[]> lines = LongStream.range(from, Math.min(articles, from + CHUNK)).parallel()
            .mapToObj(i -> line(json, gen.article(i))).toList();
        for (byte[] l : lines) {
          os.write(l);
          bytes += l.length;
        }
        if (from / CHUNK % 25 == 24) spec.commandLine().getErr().printf(Locale.ROOT, "entente: %d articles written%n", from + CHUNK);
      }
    }
    Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    double s = (System.nanoTime() - t0) / 1e9;
    spec.commandLine().getOut().printf(Locale.ROOT, "%s: %d articles, %.1f MB, seed %d, %.1f s%n", file, articles, bytes / 1e6, seed, s);
    return 0;
  }

  private static byte[] line(ObjectMapper json, Object article) {
    try {
      byte[] b = json.writeValueAsBytes(article);
      byte[] l = java.util.Arrays.copyOf(b, b.length + 1);
      l[b.length] = '\n';
      return l;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
