package org.stancekit.mention;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.stancekit.catalog.ActorKind;

/**
 * The word lists this package reads from {@code src/main/resources/org/stancekit/mention/}: speech
 * verbs, honorifics, titles, place prepositions and nouns, media outlets and non-actor names. Loaded
 * once; immutable and thread-safe.
 */
final class WordLists {

  static final WordLists DEFAULT = load();

  /** Lemmas of reporting verbs. */
  final ImmutableSet<String> speechVerbs;
  /** Honorifics and ranks, as lowercase word keys ("mr", "rear admiral"). */
  final PhraseTrie<String> honorifics;
  final Titles titles;
  final ImmutableSet<String> placePrepositions;
  final ImmutableSet<String> movementWords;
  final ImmutableSet<String> placeNouns;
  final ImmutableList<String> mediaOutlets;
  /** Lowercase folded names that are places or parts of a state ("gaza", "west bank"). */
  final ImmutableSet<String> nonActors;
  /** The same names as written. */
  final ImmutableList<String> nonActorNames;
  final ImmutableSet<String> nonActorWords;
  final ImmutableSet<String> commonWords;
  final ImmutableSet<String> stateNouns;
  /** Definite descriptions ("group", "world body") as word keys, to the actor kinds they can stand for. */
  final PhraseTrie<ImmutableSet<ActorKind>> anaphors;
  /** Lowercase name particles inside people's names ("de", "al", "bin"). */
  final ImmutableSet<String> nameParticles;

  private WordLists() {
    speechVerbs = lowerSet(lines("speech-verbs.txt"));
    PhraseTrie.Builder<String> h = PhraseTrie.builder();
    for (String line : lines("honorifics.txt")) {
      h.add(Surface.keys(line), line);
    }
    honorifics = h.build();
    titles = Titles.parse(lines("titles.txt"));
    placePrepositions = lowerSet(lines("place-prepositions.txt"));
    movementWords = lowerSet(lines("movement-words.txt"));
    placeNouns = lowerSet(lines("place-nouns.txt"));
    mediaOutlets = lines("media-outlets.txt");
    nonActorNames = lines("non-actors.txt");
    nonActors = ImmutableSet.copyOf(nonActorNames.stream().map(s -> String.join(" ", Surface.keys(s))).toList());
    nonActorWords = lowerSet(lines("non-actor-words.txt"));
    commonWords = lowerSet(lines("common-words.txt"));
    stateNouns = lowerSet(lines("state-nouns.txt"));
    PhraseTrie.Builder<ImmutableSet<ActorKind>> an = PhraseTrie.builder();
    for (String line : lines("anaphors.txt")) {
      String[] parts = line.split("\\|");
      ImmutableSet.Builder<ActorKind> kinds = ImmutableSet.builder();
      for (String k : parts[1].trim().split("\\s+")) {
        kinds.add(ActorKind.valueOf(k));
      }
      an.add(Surface.keys(parts[0]), kinds.build());
    }
    anaphors = an.build();
    nameParticles = lowerSet(lines("name-particles.txt"));
  }

  private static WordLists load() {
    return new WordLists();
  }

  private static ImmutableSet<String> lowerSet(ImmutableList<String> lines) {
    return lines.stream().map(Surface::key).collect(ImmutableSet.toImmutableSet());
  }

  /** The non-blank, non-comment lines of a resource of this package, trimmed. */
  static ImmutableList<String> lines(String resource) {
    try (InputStream in = WordLists.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("resource missing from the classpath: org/stancekit/mention/" + resource);
      }
      ImmutableList.Builder<String> out = ImmutableList.builder();
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String t = line.strip();
        if (!t.isEmpty() && !t.startsWith("#")) {
          out.add(t);
        }
      }
      return out.build();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read org/stancekit/mention/" + resource, e);
    }
  }
}
