package org.stancekit.mention;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** One adapter owns the engine: no package but {@code org.stancekit.nlp} may touch CoreNLP. */
class ArchitectureTest {

  private static final Path SOURCES = Path.of("src/main/java");
  private static final Path ADAPTER = Path.of("src/main/java/org/stancekit/nlp");
  /** An import of CoreNLP, or a fully qualified use of one of its types in code. */
  private static final Pattern CORENLP = Pattern.compile(
      "^\\s*import\\s+(static\\s+)?edu\\.stanford\\.nlp\\b|^(?!\\s*(//|\\*|/\\*)).*\\bedu\\.stanford\\.nlp\\.[\\w.]*[A-Z]");

  @Test
  void onlyTheAdapterPackageUsesCoreNlp() throws IOException {
    assertThat(SOURCES).isDirectory();
    List<String> offenders;
    try (Stream<Path> files = Files.walk(SOURCES)) {
      offenders = files.filter(p -> p.toString().endsWith(".java"))
          .filter(p -> !p.startsWith(ADAPTER))
          .filter(ArchitectureTest::usesCoreNlp)
          .map(Path::toString)
          .sorted()
          .toList();
    }
    assertThat(offenders).as("files outside org/stancekit/nlp/ that use edu.stanford.nlp").isEmpty();
  }

  @Test
  void theCheckRecognisesAnImport() {
    assertThat(CORENLP.matcher("import edu.stanford.nlp.pipeline.StanfordCoreNLP;").find()).isTrue();
    assertThat(CORENLP.matcher("  var p = new edu.stanford.nlp.pipeline.StanfordCoreNLP(props);").find()).isTrue();
    assertThat(CORENLP.matcher(" * like edu.stanford.nlp.pipeline.Annotation does").find()).isFalse();
    assertThat(CORENLP.matcher("import org.stancekit.nlp.Token;").find()).isFalse();
  }

  private static boolean usesCoreNlp(Path file) {
    try {
      return Files.readAllLines(file).stream().anyMatch(line -> CORENLP.matcher(line).find());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
