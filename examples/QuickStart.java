import java.nio.file.Files;
import java.nio.file.Path;
import org.stancekit.Analysis;
import org.stancekit.StanceKit;
import org.stancekit.stance.Position;

/**
 * The quick start: analyse one article and print who stands where.
 *
 * <p>Run from the repository root after a build (examples/stancekit builds on first use):
 * {@code java -cp "target/classes:$(cat target/stancekit.classpath)" examples/QuickStart.java FILE}
 */
public class QuickStart {
  public static void main(String[] args) throws Exception {
    String text = Files.readString(Path.of(args.length > 0 ? args[0] : "examples/articles/gaza-daily-pauses.txt"));
    Analysis analysis = StanceKit.analyze(text);

    System.out.println(analysis.article().headline().orElse("(no headline)"));
    analysis.actors().forEach(a -> System.out.printf("  %-24s %3d mentions  %s%n", a.name(), a.mentions(), a.people()));
    for (Position p : analysis.positions()) {
      System.out.printf("  %s %s %s (score %+.2f, confidence %.2f)%n",
          p.holder(), p.stance(), p.target(), p.score(), p.confidence());
    }
    analysis.summary().stances().forEach(s -> System.out.println("  - " + s));
  }
}
