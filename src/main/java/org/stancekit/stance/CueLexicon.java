package org.stancekit.stance;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The stance cues, modifiers, condition markers and agenda words, read from the resource files in
 * {@code org/stancekit/stance/}. Immutable and thread-safe; the default lexicon is loaded once.
 */
final class CueLexicon {

  /** What a cue can be a stance toward. */
  enum Targets { ISSUE, ACTOR, BOTH }

  /** Whether the target is governed by the cue or is its subject. */
  enum Attach { OBJ, SUBJ }

  /** One cue: {@code prep} is empty or the preposition/particle the cue needs ("call for"). */
  record Cue(String lemma, String prep, int polarity, double strength, char pos, Targets targets, Attach attach) {
    boolean allows(TargetKind kind) {
      return targets == Targets.BOTH || targets.name().equals(kind.name());
    }

    String text() {
      return prep.isEmpty() ? lemma : lemma + " " + prep;
    }
  }

  enum ModifierKind { NEGATION, HEDGE, NEUTRAL, REPORT, PASSIVE_REPORT }

  record Modifier(String word, ModifierKind kind, double factor) {}

  private static final CueLexicon DEFAULT = load();

  private final ImmutableListMultimap<String, Cue> cues;
  private final ImmutableMap<String, Modifier> modifiers;
  private final ImmutableList<String> conditionMarkers;
  private final ImmutableSet<String> ordinals;
  private final ImmutableSet<String> goals;

  private CueLexicon(List<Cue> cues, List<Modifier> modifiers, List<String> conditionMarkers,
      List<String> ordinals, List<String> goals) {
    ImmutableListMultimap.Builder<String, Cue> c = ImmutableListMultimap.builder();
    for (Cue cue : cues) {
      c.put(cue.lemma(), cue);
    }
    this.cues = c.build();
    ImmutableMap.Builder<String, Modifier> m = ImmutableMap.builder();
    for (Modifier mod : modifiers) {
      m.put(mod.word() + "/" + mod.kind(), mod);
    }
    this.modifiers = m.buildKeepingLast();
    // Longest markers first so "as long as" wins over "as".
    this.conditionMarkers = conditionMarkers.stream()
        .sorted((a, b) -> Integer.compare(b.length(), a.length())).collect(ImmutableList.toImmutableList());
    this.ordinals = ImmutableSet.copyOf(ordinals);
    this.goals = ImmutableSet.copyOf(goals);
  }

  static CueLexicon defaults() {
    return DEFAULT;
  }

  /** The cues for a lemma of a given part of speech ('V', 'N' or 'A'), those needing a preposition first. */
  ImmutableList<Cue> cues(String lemma, char pos) {
    return cues.get(lemma.toLowerCase(Locale.ROOT)).stream()
        .filter(c -> c.pos() == pos)
        .sorted((a, b) -> Boolean.compare(a.prep().isEmpty(), b.prep().isEmpty()))
        .collect(ImmutableList.toImmutableList());
  }

  Optional<Modifier> modifier(String word, ModifierKind kind) {
    return Optional.ofNullable(modifiers.get(word.toLowerCase(Locale.ROOT) + "/" + kind));
  }

  boolean is(String word, ModifierKind kind) {
    return modifiers.containsKey(word.toLowerCase(Locale.ROOT) + "/" + kind);
  }

  ImmutableList<String> conditionMarkers() {
    return conditionMarkers;
  }

  boolean isOrdinal(String lemma) {
    return ordinals.contains(lemma.toLowerCase(Locale.ROOT));
  }

  boolean isGoal(String lemma) {
    return goals.contains(lemma.toLowerCase(Locale.ROOT));
  }

  private static CueLexicon load() {
    List<Cue> cues = new ArrayList<>();
    for (String[] f : tsv("cues.tsv", 6)) {
      String[] lemmaPrep = f[0].split("\\+", 2);
      cues.add(new Cue(lemmaPrep[0], lemmaPrep.length > 1 ? lemmaPrep[1] : "", Integer.parseInt(f[1]),
          Double.parseDouble(f[2]), f[3].charAt(0), Targets.valueOf(f[4]), Attach.valueOf(f[5])));
    }
    List<Modifier> modifiers = new ArrayList<>();
    for (String[] f : tsv("modifiers.tsv", 3)) {
      modifiers.add(new Modifier(f[0], ModifierKind.valueOf(f[1]), Double.parseDouble(f[2])));
    }
    List<String> conditions = new ArrayList<>();
    for (String[] f : tsv("conditions.txt", 1)) {
      conditions.add(f[0]);
    }
    List<String> ordinals = new ArrayList<>();
    List<String> goals = new ArrayList<>();
    List<String> current = null;
    for (String line : lines("agenda.txt")) {
      if (line.equals("[ORDINALS]")) {
        current = ordinals;
      } else if (line.equals("[GOALS]")) {
        current = goals;
      } else if (current != null) {
        current.add(line);
      }
    }
    return new CueLexicon(cues, modifiers, conditions, ordinals, goals);
  }

  private static List<String[]> tsv(String name, int columns) {
    List<String[]> rows = new ArrayList<>();
    for (String line : lines(name)) {
      String[] fields = columns == 1 ? new String[] {line} : line.split("\t");
      if (fields.length != columns) {
        throw new IllegalStateException(name + ": expected " + columns + " tab-separated fields in: " + line);
      }
      rows.add(fields);
    }
    return rows;
  }

  private static List<String> lines(String name) {
    List<String> out = new ArrayList<>();
    try (InputStream in = CueLexicon.class.getResourceAsStream("/org/stancekit/stance/" + name)) {
      if (in == null) {
        throw new IllegalStateException("stance resource missing: " + name);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = reader.readLine()) != null) {
        String trimmed = line.strip();
        if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
          out.add(trimmed);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
