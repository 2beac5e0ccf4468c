package org.stancekit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Opens the HTML report in headless Chromium (Debian's {@code chromium} package): the page renders
 * to a screenshot that is not blank, and it loads with its script running to the end and without a
 * console message (errors, or Content-Security-Policy violations, which would mean a request or an
 * injected script). Set {@code -Dstancekit.skipBrowser=true} to skip on a machine without Chromium.
 */
class HtmlReportBrowserIT {

  private static final Path CHROMIUM = Path.of(System.getProperty("stancekit.chromium", "/usr/bin/chromium"));
  private static final long TIMEOUT_SECONDS = 60;
  private static final Path TARGET = Path.of("target").toAbsolutePath();

  private static Path page;

  @BeforeAll
  static void writePage() throws IOException {
    assumeFalse(Boolean.getBoolean("stancekit.skipBrowser"), "stancekit.skipBrowser=true: browser test skipped");
    if (!Files.isExecutable(CHROMIUM)) {
      fail("The HTML report test needs headless Chromium at " + CHROMIUM + ", which is missing. Install Debian's "
          + "'chromium' package (apt-get install -y chromium), or run with -Dstancekit.skipBrowser=true to skip.");
    }
    Files.createDirectories(TARGET);
    page = TARGET.resolve("report.html");
    Files.writeString(page, HtmlReport.render(HtmlReportFixtures.blinken()), StandardCharsets.UTF_8);
  }

  @Test
  void screenshot_isTakenAndShowsThePage() throws Exception {
    Path png = TARGET.resolve("report-screenshot.png");
    Files.deleteIfExists(png);
    Run run = chromium(page.toUri().toString(), "--screenshot=" + png, "--window-size=1280,2000", "--hide-scrollbars");

    assertThat(png).as("screenshot; Chromium said:%n%s", run.stderr()).exists();
    assertThat(Files.size(png)).as("screenshot size").isGreaterThan(10 * 1024);
    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(image).as("a PNG javax.imageio can decode").isNotNull();
    assertThat(image.getWidth()).isEqualTo(1280);
    assertThat(image.getHeight()).isEqualTo(2000);
    Set<Integer> colours = new HashSet<>();
    for (int y = 0; y < image.getHeight(); y += 7) {
      for (int x = 0; x < image.getWidth(); x += 7) {
        colours.add(image.getRGB(x, y) & 0xFFFFFF);
      }
    }
    // Text, stance colours and panels: a rendered report has many colours, a blank or failed page one or two.
    assertThat(colours.size()).as("distinct colours in the screenshot").isGreaterThan(50);
    assertNoConsoleMessages(run);
  }

  @Test
  void page_loadsWithoutConsoleErrors_andItsScriptRunsToTheEnd() throws Exception {
    Run run = chromium(page.toUri().toString(), "--dump-dom");

    assertNoConsoleMessages(run);
    assertThat(run.stdout()).as("DOM after load")
        .contains("id=\"stancekit-ready\"")
        .contains("data-ready=\"true\"")
        .contains("class=\"panel\" id=\"matrix\"");
  }

  @Test
  void fragmentLink_toEvidenceInTheText_lightsUpEveryPartOfIt() throws Exception {
    // Evidence 10-1 (Qatar on hostages) holds its cue and a scare quote, so it is written as several marks.
    Run run = chromium(page.toUri() + "#t-ev-10-1", "--dump-dom");

    assertNoConsoleMessages(run);
    assertThat(run.stdout()).contains("id=\"stancekit-ready\"");
    long lit = Pattern.compile("<mark data-ref=\"ev-10-1\" class=\"[^\"]*\\bflash\\b").matcher(run.stdout()).results().count();
    long all = Pattern.compile("<mark data-ref=\"ev-10-1\"").matcher(run.stdout()).results().count();
    assertThat(all).as("marks of evidence 10-1").isGreaterThan(2);
    assertThat(lit).as("marks of evidence 10-1 lit up").isEqualTo(all);
  }

  /** The page never logs, so any console line from it (error, exception, CSP violation) is a failure. */
  private static void assertNoConsoleMessages(Run run) {
    String pageUrl = page.toUri().toString();
    List<String> bad = run.stderr().lines()
        .filter(l -> l.contains("Uncaught") || l.contains("ERROR:CONSOLE")
            || (l.contains(":CONSOLE") && l.contains(pageUrl)))
        .toList();
    assertThat(bad).as("console messages from the page").isEmpty();
    assertThat(run.exitCode()).as("Chromium exit code; stderr:%n%s", run.stderr()).isZero();
  }

  private record Run(int exitCode, String stdout, String stderr) {}

  private static Run chromium(String url, String... options) throws Exception {
    Path profile = Files.createTempDirectory("stancekit-chromium-");
    Path out = Files.createTempFile("stancekit-chromium-", ".out");
    Path err = Files.createTempFile("stancekit-chromium-", ".err");
    List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--user-data-dir=" + profile, "--enable-logging=stderr", "--v=0"));
    command.addAll(List.of(options));
    command.add(url);
    // Output to files, not pipes: a chatty browser can never block on a full pipe.
    Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    try {
      if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
        fail("Chromium did not finish within " + TIMEOUT_SECONDS + " s: " + String.join(" ", command) + "\n"
            + Files.readString(err, StandardCharsets.UTF_8));
      }
      return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
      deleteTree(profile);
    }
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException | UncheckedIOException e) {
      // A leftover profile in /tmp is harmless; do not hide the test's own result behind it.
    }
  }
}
