package org.stancekit.mention;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSetMultimap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.stancekit.catalog.Actor;
import org.stancekit.catalog.Catalog;
import org.stancekit.catalog.Person;

/**
 * The catalog compiled for matching: a phrase trie of every name, alias, demonym, capital,
 * institution and person; surnames; typo targets bucketed by first letter; the people of each
 * office. Built once per catalog; immutable and thread-safe.
 */
final class Lexicon {

  /** What a stored surface form names. */
  enum EntryKind {
    NAME, PERSON, INSTITUTION, CAPITAL, DEMONYM,
    /** A media outlet: consumes its words so nothing inside it ("Washington Post") matches. */
    BLOCK,
    /** A place that is no actor ("Gaza", "East Jerusalem"): consumes its words, loses to any actor. */
    PLACE;

    /** Higher wins when several kinds share a surface form of the same length. */
    int priority() {
      return values().length - ordinal();
    }
  }

  /** One stored surface form. {@code words} keep the catalog's case for the case checks. */
  record Entry(EntryKind kind, String actorId, @Nullable PersonRef person, ImmutableList<String> words,
      boolean exactCase, int order) {}

  /** A catalog person with the actor they speak for and the canonical title of their role. */
  record PersonRef(Person person, String actorId, String title, int order) {
    String name() {
      return person.name();
    }
  }

  /** A single word a misspelling may be corrected to: a surname or a one-word actor name. */
  record TypoTarget(String key, ImmutableList<PersonRef> people, ImmutableList<String> actorIds) {}

  final WordLists words;
  final PhraseTrie<Entry> names;
  /** Surnames (as word keys) to the people bearing them. */
  final PhraseTrie<PersonRef> surnames;
  final ImmutableListMultimap<Character, TypoTarget> typoTargets;
  /** Every lowercase word of every catalog form, plus honorifics and titles. */
  final ImmutableSet<String> catalogWords;
  final ImmutableMap<String, Actor> actors;
  /** Canonical title to the catalog people holding it. */
  final ImmutableListMultimap<String, PersonRef> peopleByTitle;
  final ImmutableListMultimap<String, PersonRef> peopleByActor;
  /** Lowercase words of multi-word names, aliases and institutions to their actors ("council" → un). */
  final ImmutableSetMultimap<String, String> nameWords;

  Lexicon(Catalog catalog, WordLists words) {
    this.words = words;
    PhraseTrie.Builder<Entry> trie = PhraseTrie.builder();
    PhraseTrie.Builder<PersonRef> surnameTrie = PhraseTrie.builder();
    Set<String> vocabulary = new HashSet<>();
    Map<String, List<PersonRef>> typoPeople = new LinkedHashMap<>();
    Map<String, List<String>> typoActors = new LinkedHashMap<>();
    ImmutableListMultimap.Builder<String, PersonRef> byTitle = ImmutableListMultimap.builder();
    ImmutableListMultimap.Builder<String, PersonRef> byActor = ImmutableListMultimap.builder();
    ImmutableMap.Builder<String, Actor> actorMap = ImmutableMap.builder();
    ImmutableSetMultimap.Builder<String, String> nameWordMap = ImmutableSetMultimap.builder();
    int order = 0;
    for (Actor a : catalog.actors()) {
      actorMap.put(a.id(), a);
      Set<String> capitals = new HashSet<>();
      for (String c : a.capitals()) {
        capitals.add(String.join(" ", Surface.keys(c)));
      }
      List<String> names = new ArrayList<>();
      if (!a.name().isBlank()) {
        names.add(a.name());
      }
      names.addAll(a.aliases());
      for (String n : names) {
        // An alias that is also a capital ("Doha") is matched as a capital, with the place check.
        if (!capitals.contains(String.join(" ", Surface.keys(n)))) {
          order = add(trie, vocabulary, EntryKind.NAME, a.id(), null, n, order);
          ImmutableList<String> w = Surface.words(n);
          if (w.size() == 1 && !Surface.exactCase(w)) {
            typoActors.computeIfAbsent(w.get(0).toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(a.id());
          }
        }
      }
      List<String> forms = new ArrayList<>(names);
      forms.addAll(a.institutions());
      for (String f : forms) {
        String head = head(Surface.words(f));
        if (head != null) {
          nameWordMap.put(head, a.id());
        }
      }
      for (String d : a.demonyms()) {
        order = add(trie, vocabulary, EntryKind.DEMONYM, a.id(), null, d, order);
      }
      for (String c : a.capitals()) {
        order = add(trie, vocabulary, EntryKind.CAPITAL, a.id(), null, c, order);
      }
      for (String i : a.institutions()) {
        order = add(trie, vocabulary, EntryKind.INSTITUTION, a.id(), null, i, order);
      }
      for (Person p : a.people()) {
        PersonRef ref = new PersonRef(p, a.id(), words.titles.canonicalRole(p.role()), order);
        byActor.put(a.id(), ref);
        if (!ref.title().isEmpty()) {
          byTitle.put(ref.title(), ref);
        }
        order = add(trie, vocabulary, EntryKind.PERSON, a.id(), ref, p.name(), order);
        for (String alias : p.aliases()) {
          order = add(trie, vocabulary, EntryKind.PERSON, a.id(), ref, alias, order);
        }
        ImmutableList<String> surname = Surface.keys(p.surname());
        if (!surname.isEmpty()) {
          surnameTrie.add(surname, ref);
          String last = surname.get(surname.size() - 1);
          if (last.length() >= 4) {
            typoPeople.computeIfAbsent(last, k -> new ArrayList<>()).add(ref);
          }
        }
      }
    }
    for (String outlet : words.mediaOutlets) {
      trie.add(Surface.keys(outlet), new Entry(EntryKind.BLOCK, "", null, Surface.words(outlet), false, order++));
    }
    for (String place : words.nonActorNames) {
      // Places that contain a capital ("East Jerusalem") are consumed whole; alone they lose to actors.
      trie.add(Surface.keys(place), new Entry(EntryKind.PLACE, "", null, Surface.words(place), false, order++));
    }
    ImmutableListMultimap.Builder<Character, TypoTarget> typo = ImmutableListMultimap.builder();
    Set<String> typoKeys = new java.util.TreeSet<>(typoPeople.keySet());
    typoKeys.addAll(typoActors.keySet());
    for (String k : typoKeys) {
      if (k.length() < 4 || words.commonWords.contains(k)) {
        continue; // never correct a misspelling to an English word ("Turkey", "Chad")
      }
      typo.put(k.charAt(0), new TypoTarget(k, ImmutableList.copyOf(typoPeople.getOrDefault(k, List.of())),
          ImmutableList.copyOf(typoActors.getOrDefault(k, List.of()))));
    }
    this.names = trie.build();
    this.surnames = surnameTrie.build();
    this.typoTargets = typo.build();
    vocabulary.addAll(words.commonWords);
    this.catalogWords = ImmutableSet.copyOf(vocabulary);
    this.actors = actorMap.build();
    this.peopleByTitle = byTitle.build();
    this.peopleByActor = byActor.build();
    this.nameWords = nameWordMap.build();
  }

  private static int add(PhraseTrie.Builder<Entry> trie, Set<String> vocabulary, EntryKind kind, String actorId,
      @Nullable PersonRef person, String form, int order) {
    ImmutableList<String> w = Surface.words(form);
    if (w.isEmpty()) {
      return order;
    }
    ImmutableList<String> keys = Surface.keys(form);
    trie.add(keys, new Entry(kind, actorId, person, w, Surface.exactCase(w), order));
    vocabulary.addAll(keys);
    return order + 1;
  }

  /**
   * The head noun of a multi-word name, which "the …" can refer back with: the word before "of" or
   * "in" ("Kingdom of Saudi Arabia" → "kingdom"), else the last word ("Security Council" → "council").
   */
  static @Nullable String head(List<String> words) {
    if (words.size() < 2) {
      return null;
    }
    String head = words.get(words.size() - 1);
    for (int i = 1; i < words.size(); i++) {
      String w = words.get(i).toLowerCase(Locale.ROOT);
      if (w.equals("of") || w.equals("in") || w.equals("for")) {
        head = words.get(i - 1);
        break;
      }
    }
    return head.length() > 3 && Character.isUpperCase(head.charAt(0)) ? head.toLowerCase(Locale.ROOT) : null;
  }

  Optional<Actor> actor(String id) {
    return Optional.ofNullable(actors.get(id));
  }

  /** The display name of an actor id: the catalog name, else the id. */
  String actorName(String id) {
    Actor a = actors.get(id);
    return a == null || a.name().isBlank() ? id : a.name();
  }

  /**
   * The single word (length at least 6, not a catalog or common English word) that {@code key}
   * is a misspelling of: same first letter, edit distance 1 (or 2 from 9 letters), not a
   * derivation of the target ("Ukrainian" of "Ukraine"), and only one such target.
   */
  Optional<TypoTarget> typo(String key) {
    if (key.length() < 6 || catalogWords.contains(key) || !key.chars().allMatch(Character::isLetter)) {
      return Optional.empty();
    }
    int max = key.length() >= 9 ? 2 : 1;
    TypoTarget best = null;
    int bestDistance = Integer.MAX_VALUE;
    boolean tie = false;
    for (TypoTarget t : typoTargets.get(key.charAt(0))) {
      if (derivation(key, t.key())) {
        continue;
      }
      int d = Surface.distance(key, t.key(), max);
      if (d > max) {
        continue;
      }
      if (d < bestDistance) {
        best = t;
        bestDistance = d;
        tie = false;
      } else if (d == bestDistance) {
        tie = true;
      }
    }
    return tie ? Optional.empty() : Optional.ofNullable(best);
  }

  /** "Ukrainian" from "Ukraine", "Israelis" from "Israel": a word built on the target, not a typo. */
  static boolean derivation(String word, String target) {
    String stem = target.length() > 4 && "aeiouy".indexOf(target.charAt(target.length() - 1)) >= 0
        ? target.substring(0, target.length() - 1) : target;
    return word.length() > target.length() && word.startsWith(stem)
        && DERIVATIONAL_ENDINGS.contains(word.substring(stem.length()));
  }

  /** What turns a name into its people, language or plural: "Ukrain-ian", "Israel-is", "Chin-ese". */
  private static final ImmutableSet<String> DERIVATIONAL_ENDINGS = ImmutableSet.of(
      "n", "an", "ian", "ans", "ians", "i", "is", "s", "es", "ese", "ish", "ite", "ites", "er", "ers", "e");

  /** The people in office on {@code date} (all of them when there is no date). */
  static List<PersonRef> inOffice(List<PersonRef> refs, Optional<LocalDate> date) {
    List<PersonRef> out = new ArrayList<>();
    for (PersonRef r : refs) {
      if (r.person().inOfficeOn(date)) {
        out.add(r);
      }
    }
    return out;
  }
}
