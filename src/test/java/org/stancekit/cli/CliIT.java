package org.stancekit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.stancekit.HostileInputs;
import org.stancekit.StanceAnalyzer;

/**
 * The command line in-process ({@link Main#run}), so CoreNLP loads once for all cases: exit codes 0,
 * 2, 3 and 4 of the specification, one-line reasons naming the file, JSON that parses, and never a
 * stack trace on stderr.
 */
class CliIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration HANG_GUARD = Duration.ofSeconds(180);

  @TempDir Path dir;

  /** One run's exit code and output. */
  record Run(int exit, String out, String err) {
    /** The "stancekit: …" messages on stderr, each to its line end (a progress bar may precede one). */
    List<String> reasons() {
      List<String> out = new ArrayList<>();
      for (String line : err.split("\n")) {
        int at = line.indexOf("stancekit: ");
        if (at >= 0) {
          out.add(line.substring(at).strip());
        }
      }
      return out;
    }
  }

  static synchronized Run run(String... args) {
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      int exit = assertTimeoutPreemptively(HANG_GUARD, () -> Main.run(args));
      return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
  }

  /** No stack trace, whatever happened. */
  private static void assertNoTrace(Run r) {
    assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(r.out()).doesNotContain("\tat ");
  }

  /** Exit 4 (or 3) with one line on stderr that names the file. */
  private static void assertOneLineReason(Run r, int exit, Path file) {
    assertNoTrace(r);
    assertThat(r.exit()).as(r.err()).isEqualTo(exit);
    List<String> lines = r.reasons();
    assertThat(lines).hasSize(1);
    assertThat(lines.get(0)).contains(file.toString());
    assertThat(r.out()).isBlank();
  }

  @Test
  void missingFile_exits3() {
    Path missing = dir.resolve("no-such-article.txt");
    assertOneLineReason(run("analyze", "--format", "json", missing.toString()), 3, missing);
  }

  @Test
  void directory_exits3() {
    assertOneLineReason(run("analyze", dir.toString()), 3, dir);
  }

  @Test
  void binaryFile_exits4_withAOneLineReasonNamingIt() throws IOException {
    Path png = dir.resolve("photo.png");
    byte[] bytes = new byte[4_096];
    new Random(1).nextBytes(bytes);
    bytes[0] = (byte) 0x89;
    bytes[1] = 'P';
    bytes[2] = 'N';
    bytes[3] = 'G';
    bytes[8] = 0;
    Files.write(png, bytes);
    Run r = run("analyze", "--format", "json", png.toString());
    assertOneLineReason(r, 4, png);
    assertThat(r.err()).contains("binary");
  }

  @Test
  void emptyAndBlankFiles_exit4() throws IOException {
    Path empty = Files.writeString(dir.resolve("empty.txt"), "");
    assertOneLineReason(run("analyze", empty.toString()), 4, empty);
    Path blank = Files.writeString(dir.resolve("blank.txt"), "\uFEFF \n\n\t \r\n");
    assertOneLineReason(run("analyze", blank.toString()), 4, blank);
  }

  @Test
  void overSizeFiles_exit4() throws IOException {
    Path huge = dir.resolve("huge.txt");
    Files.writeString(huge, "Talks resume. ".repeat(StanceAnalyzer.DEFAULT_MAX_INPUT_CHARS * 4 / 14 + 1));
    Run r = run("analyze", huge.toString());
    assertOneLineReason(r, 4, huge);
    assertThat(r.err()).contains("over the limit");
    // Under the byte limit but over the char limit: refused by the analyzer, same exit code.
    Path large = dir.resolve("large.txt");
    Files.writeString(large, "Talks resume. ".repeat(StanceAnalyzer.DEFAULT_MAX_INPUT_CHARS / 14 + 10));
    Run r2 = run("analyze", "--format", "json", large.toString());
    assertOneLineReason(r2, 4, large);
    assertThat(r2.err()).contains("over the limit of 500000");
  }

  @Test
  void badUsage_exits2() {
    for (String[] args : List.of(new String[] {"analyze", "--no-such-option", "x.txt"}, new String[] {"analyze"},
        new String[] {"analyze", "--format", "pdf", "x.txt"}, new String[] {}, new String[] {"frobnicate"})) {
      Run r = run(args);
      assertNoTrace(r);
      assertThat(r.exit()).as(String.join(" ", args)).isEqualTo(2);
      assertThat(r.out()).isBlank();
      assertThat(r.err()).startsWith("stancekit: ");
    }
  }

  @Test
  void goodFile_json_exits0_withValidJson() throws IOException {
    Path article = copySample("black-sea-grain-deal.txt");
    Run r = run("analyze", "--format", "json", article.toString());
    assertNoTrace(r);
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode json = JSON.readTree(r.out());
    assertThat(json.get("schemaVersion").asText()).isEqualTo("1");
    assertThat(json.get("actors").size()).isPositive();
  }

  @Test
  void severalFiles_printOneJsonPerLine_andTheWorstExitCode() throws IOException {
    Path a = copySample("black-sea-grain-deal.txt");
    Path b = copySample("jordan-recalls-ambassador.txt");
    Path empty = Files.writeString(dir.resolve("empty.txt"), "");
    Run r = run("analyze", "--format", "json", a.toString(), empty.toString(), b.toString());
    assertNoTrace(r);
    assertThat(r.exit()).isEqualTo(4);
    List<String> lines = r.out().lines().filter(l -> !l.isBlank()).toList();
    assertThat(lines).hasSize(2);
    for (String line : lines) {
      assertThat(JSON.readTree(line).get("schemaVersion").asText()).isEqualTo("1");
    }
    assertThat(r.reasons()).singleElement().asString().contains(empty.toString());
  }

  @Test
  void outDir_getsOneFilePerInput() throws IOException {
    Path a = copySample("black-sea-grain-deal.txt");
    Path b = copySample("iran-hezbollah-wider-war.html");
    Path out = dir.resolve("reports/json");
    Run r = run("analyze", "--format", "json", "--out", out.toString(), a.toString(), b.toString());
    assertNoTrace(r);
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).isBlank();
    for (String name : List.of("black-sea-grain-deal.json", "iran-hezbollah-wider-war.json")) {
      assertThat(JSON.readTree(Files.readString(out.resolve(name))).get("schemaVersion").asText()).isEqualTo("1");
    }
  }

  /** Byte-level oddities a crawler hands over: encodings, BOMs, bytes that are not text. */
  @TestFactory
  Stream<DynamicTest> oddFiles_exit0WithJson_or4WithAReason() throws IOException {
    List<Object[]> cases = new ArrayList<>();
    cases.add(new Object[] {"latin-1.txt", (HostileInputs.headline() + "Le ministre a déclaré à Genève : « Non ». "
        + "Qatar and Egypt said talks would go on.").getBytes(StandardCharsets.ISO_8859_1), 0});
    cases.add(new Object[] {"invalid-utf8.txt", concat(HostileInputs.headline().getBytes(StandardCharsets.UTF_8),
        new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xE2, (byte) 0x82, ' ', (byte) 0xF0, (byte) 0x9F, 'Q', 'a', 't', 'a', 'r'}), 0});
    cases.add(new Object[] {"utf8-bom.txt", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
        (HostileInputs.headline() + "Israel said talks continued.").getBytes(StandardCharsets.UTF_8)), 0});
    cases.add(new Object[] {"bom-only.txt", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, 4});
    cases.add(new Object[] {"utf16.txt", ("\uFEFF" + HostileInputs.headline()).getBytes(StandardCharsets.UTF_16LE), 4});
    cases.add(new Object[] {"gzip.txt.gz", new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, 3}, 4});
    byte[] noNul = new byte[3_000];
    new Random(2).nextBytes(noNul);
    for (int i = 0; i < noNul.length; i++) {
      noNul[i] = noNul[i] == 0 ? 1 : noNul[i];
    }
    cases.add(new Object[] {"random-bytes-without-nul.bin", noNul, 4});
    List<DynamicTest> tests = new ArrayList<>();
    for (Object[] c : cases) {
      Path file = Files.write(dir.resolve((String) c[0]), (byte[]) c[1]);
      int expected = (int) c[2];
      tests.add(DynamicTest.dynamicTest((String) c[0], () -> {
        Run r = run("analyze", "--format", "json", file.toString());
        if (expected == 0) {
          assertNoTrace(r);
          assertThat(r.exit()).as(r.err()).isZero();
          assertThat(JSON.readTree(r.out()).get("schemaVersion").asText()).isEqualTo("1");
        } else {
          assertOneLineReason(r, expected, file);
        }
      }));
    }
    return tests.stream();
  }

  /** The hostile inputs that fit a quick run, through the command line: 0 with JSON or 4 with a reason. */
  @TestFactory
  Stream<DynamicTest> hostileInputs_exit0WithJson_or4WithAReason() {
    return HostileInputs.all().stream().filter(h -> h.rejected() || h.text().get().length() < 40_000)
        .map(h -> DynamicTest.dynamicTest(h.name(), () -> {
          Path file = dir.resolve("hostile.txt");
          // Lone surrogates cannot be written as UTF-8; the encoder writes '?' for them, as a crawler would.
          Files.write(file, h.text().get().getBytes(StandardCharsets.UTF_8));
          Run r = run("analyze", "--format", "json", file.toString());
          if (h.rejected()) {
            assertOneLineReason(r, 4, file);
          } else {
            assertNoTrace(r);
            assertThat(r.exit()).as(r.err()).isZero();
            assertThat(JSON.readTree(r.out()).get("schemaVersion").asText()).isEqualTo("1");
          }
        }));
  }

  private Path copySample(String name) throws IOException {
    Path source = Path.of("examples/articles", name);
    return Files.copy(source, dir.resolve(name));
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
