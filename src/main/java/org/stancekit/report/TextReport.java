package org.stancekit.report;

import java.util.Objects;
import org.stancekit.Analysis;
import org.stancekit.ArticleActor;
import org.stancekit.article.Article;
import org.stancekit.article.Section;
import org.stancekit.article.SectionType;
import org.stancekit.mention.Quote;
import org.stancekit.stance.Evidence;
import org.stancekit.stance.Position;

/** Writes an {@link Analysis} as a plain-text report for people. Stateless and thread-safe. */
public final class TextReport {

  private static final int WIDTH = 100;

  private TextReport() {}

  public static String render(Analysis analysis) {
    Objects.requireNonNull(analysis, "analysis");
    StringBuilder out = new StringBuilder();
    Article a = analysis.article();
    a.kicker().ifPresent(k -> out.append('[').append(k).append("]\n"));
    out.append(a.headline().orElse("(no headline)")).append('\n');
    a.standfirst().ifPresent(s -> out.append(wrap(s, "  ")).append('\n'));
    if (!a.authors().isEmpty()) {
      out.append("By ").append(String.join(", ", a.authors())).append('\n');
    }
    a.published().ifPresent(p -> out.append("Published ").append(p.iso()).append('\n'));
    a.dateline().ifPresent(d -> out.append("Dateline ").append(d).append('\n'));

    heading(out, "Sections");
    for (Section s : a.sections()) {
      String text = s.text().length() > 80 ? s.text().substring(0, 77) + "..." : s.text();
      out.append(String.format("  %-11s %6d-%-6d %s", s.type(), s.start(), s.end(), text.replace('\n', ' ')));
      s.credit().ifPresent(c -> out.append("  [credit: ").append(c).append(']'));
      out.append('\n');
    }
    long boilerplate = a.sections(SectionType.BOILERPLATE).size();
    out.append(String.format("  (%d paragraphs, %d captions, %d boilerplate blocks)%n",
        a.sections(SectionType.PARAGRAPH).size(), a.sections(SectionType.CAPTION).size(), boilerplate));

    heading(out, "Actors");
    for (ArticleActor actor : analysis.actors()) {
      out.append(String.format("  %-22s %-13s %3d mentions", actor.name() + " (" + actor.id() + ")",
          actor.kind(), actor.mentions()));
      actor.sentiment().ifPresent(s -> out.append(String.format("  sentiment %+.2f %s", s.score(), s.label())));
      if (!actor.people().isEmpty()) {
        out.append("  people: ").append(String.join(", ", actor.people()));
      }
      out.append('\n');
    }

    heading(out, "Quotes");
    for (Quote q : analysis.quotes()) {
      if (q.scare()) {
        continue;
      }
      String text = q.text().length() > 70 ? q.text().substring(0, 67) + "..." : q.text();
      out.append("  \u201C").append(text.replace('\n', ' ')).append("\u201D — ")
          .append(q.speaker().orElse("?")).append(q.actorId().map(id -> " (" + id + ")").orElse("")).append('\n');
    }

    heading(out, "Positions");
    out.append(String.format("  %-16s %-20s %-8s %6s %5s%n", "holder", "target", "stance", "score", "conf"));
    for (Position p : analysis.positions()) {
      out.append(String.format("  %-16s %-20s %-8s %+6.2f %5.2f%n", p.holder(), p.target(), p.stance(),
          p.score(), p.confidence()));
      for (String c : p.conditions()) {
        out.append("      condition: ").append(c).append('\n');
      }
      for (Evidence e : p.evidence()) {
        String text = e.text().length() > 90 ? e.text().substring(0, 87) + "..." : e.text();
        out.append("      ").append(e.source()).append(" [").append(e.cue()).append("] ")
            .append(text.replace('\n', ' ')).append('\n');
      }
    }

    heading(out, "Summary");
    for (String s : analysis.summary().sentences()) {
      out.append(wrap(s, "  - ")).append('\n');
    }
    heading(out, "Who stands where");
    for (String s : analysis.summary().stances()) {
      out.append("  - ").append(s).append('\n');
    }
    out.append(String.format("%nDocument sentiment: %+.2f %s%n", analysis.sentiment().document().score(),
        analysis.sentiment().document().label()));
    if (!analysis.warnings().isEmpty()) {
      heading(out, "Warnings");
      analysis.warnings().forEach(w -> out.append("  ! ").append(w).append('\n'));
    }
    return out.toString();
  }

  private static void heading(StringBuilder out, String title) {
    out.append('\n').append(title).append('\n').append("-".repeat(title.length())).append('\n');
  }

  private static String wrap(String text, String indent) {
    StringBuilder out = new StringBuilder(indent);
    int col = indent.length();
    for (String word : text.split("\\s+")) {
      if (col + word.length() + 1 > WIDTH && col > indent.length()) {
        out.append('\n').append(" ".repeat(indent.length()));
        col = indent.length();
      }
      if (col > indent.length()) {
        out.append(' ');
        col++;
      }
      out.append(word);
      col += word.length();
    }
    return out.toString();
  }
}
