package org.stancekit.summary;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.stancekit.article.Article;
import org.stancekit.article.QuoteSpan;
import org.stancekit.article.Section;
import org.stancekit.article.SectionType;
import org.stancekit.article.Span;
import org.stancekit.catalog.Catalog;
import org.stancekit.catalog.Issue;
import org.stancekit.mention.Mention;
import org.stancekit.mention.ResolvedActors;
import org.stancekit.nlp.NlpDocument;
import org.stancekit.nlp.NlpSentence;
import org.stancekit.nlp.Token;
import org.stancekit.stance.Evidence;
import org.stancekit.stance.Position;

/** Turns NLP sentences into {@link Candidate}s with their features. Stateless and thread-safe. */
final class Candidates {

  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");
  private static final String OPENING_QUOTES = "\"'`\u201c\u2018";
  private static final String CLOSING_QUOTES = "\"'\u201d\u2019";

  private Candidates() {}

  /** Every sentence of {@code nlp} is a body sentence (plain texts such as the CNN/DailyMail articles). */
  static ImmutableList<Candidate> fromText(NlpDocument nlp, String text) {
    List<Draft> drafts = new ArrayList<>();
    for (NlpSentence s : nlp.sentences()) {
      String out = clean(s.span().end() <= text.length() ? s.span().in(text) : s.text());
      if (!out.isEmpty()) {
        drafts.add(new Draft(s, out, quoteShareOfText(out)));
      }
    }
    return build(drafts, ImmutableList.of());
  }

  /**
   * The sentences of the article's paragraphs, with what the analysis knows about each: the actors
   * named (weighted by how often the article names them), the issues named, the positions each is
   * evidence for, and the similarity to the headline and standfirst.
   */
  static ImmutableList<Candidate> fromArticle(
      Article article, NlpDocument nlp, ResolvedActors actors, List<Position> positions, Catalog catalog) {
    String text = article.text();
    String headline = article.headline().map(Candidates::clean).orElse("");
    List<Section> paragraphs = article.sections(SectionType.PARAGRAPH);
    List<Section> guides = new ArrayList<>(article.sections(SectionType.HEADLINE));
    guides.addAll(article.sections(SectionType.STANDFIRST));
    List<Draft> drafts = new ArrayList<>();
    List<NlpSentence> guideSentences = new ArrayList<>();
    for (NlpSentence s : nlp.sentences()) {
      if (s.span().end() > text.length() || s.tokens().isEmpty()) {
        continue;
      }
      if (inAny(s.span(), guides)) {
        guideSentences.add(s);
        continue;
      }
      if (!inAny(s.span(), paragraphs)) {
        continue;
      }
      String out = clean(s.span().in(text));
      if (out.isEmpty() || out.equalsIgnoreCase(headline)) {
        continue;
      }
      drafts.add(new Draft(s, out, quoteShare(s.span(), article.quotes())));
    }
    Map<String, Double> salience = actorSalience(actors, article);
    List<IssueMatcher> issues = catalog.issues().stream().map(IssueMatcher::new).toList();
    for (Draft d : drafts) {
      Set<String> named = new HashSet<>();
      for (Mention m : actors.mentionsIn(d.sentence.span())) {
        named.add(m.actorId());
      }
      double sum = named.stream().mapToDouble(id -> salience.getOrDefault(id, 0.0)).sum();
      d.actors = Math.min(1.0, sum / 1.5);
      String lower = d.text.toLowerCase(Locale.ROOT);
      d.issues = (int) issues.stream().filter(i -> i.matches(lower)).count();
      Map<String, Double> evidence = new LinkedHashMap<>();
      for (Position p : positions) {
        for (Evidence e : p.evidence()) {
          if (e.span().overlaps(d.sentence.span())) {
            // A conditioned position ("until all hostages are released") is the article's sharpest claim.
            double weight = p.confidence() * Math.max(0.2, Math.abs(p.score()))
                * (p.conditions().isEmpty() ? 1.0 : 1.25)
                * (0.5 + 0.5 * salience.getOrDefault(p.holder(), 0.0));
            evidence.merge(p.holder(), weight, Double::sum);
            break;
          }
        }
      }
      d.evidence = evidence;
    }
    return build(drafts, guideSentences);
  }

  /** Mentions per actor in the content, as a share of the most-named actor's. */
  private static Map<String, Double> actorSalience(ResolvedActors actors, Article article) {
    Map<String, Integer> counts = new HashMap<>();
    for (Mention m : actors.mentions()) {
      boolean content = article.sectionAt(m.span().start()).map(s -> s.type().isContent()).orElse(false);
      if (content) {
        counts.merge(m.actorId(), 1, Integer::sum);
      }
    }
    int max = counts.values().stream().mapToInt(Integer::intValue).max().orElse(1);
    Map<String, Double> out = new HashMap<>();
    counts.forEach((id, c) -> out.put(id, (double) c / max));
    return out;
  }

  private static boolean inAny(Span span, List<Section> sections) {
    for (Section s : sections) {
      if (s.span().contains(span)) {
        return true;
      }
    }
    return false;
  }

  /** Share of the sentence's characters inside quoted speech (scare quotes do not count). */
  private static double quoteShare(Span sentence, List<QuoteSpan> quotes) {
    if (sentence.length() == 0) {
      return 0;
    }
    int inside = 0;
    for (QuoteSpan q : quotes) {
      if (!q.scare() && q.span().overlaps(sentence)) {
        inside += Math.min(q.span().end(), sentence.end()) - Math.max(q.span().start(), sentence.start());
      }
    }
    return Math.min(1.0, (double) inside / sentence.length());
  }

  /**
   * Quote share read from the characters alone: a sentence that opens with a quote mark is quoted up to
   * its last closing mark; elsewhere only double quotes count (single ones are too often apostrophes).
   */
  static double quoteShareOfText(String s) {
    if (s.isEmpty()) {
      return 0;
    }
    if (OPENING_QUOTES.indexOf(s.charAt(0)) >= 0) {
      int last = -1;
      for (int i = s.length() - 1; i > 0; i--) {
        char c = s.charAt(i);
        boolean boundary = i == s.length() - 1 || Character.isWhitespace(s.charAt(i + 1))
            || ".,;:!?".indexOf(s.charAt(i + 1)) >= 0;
        if (CLOSING_QUOTES.indexOf(c) >= 0 && boundary && !isApostrophe(s, i)) {
          last = i;
          break;
        }
      }
      return last < 0 ? 1.0 : (double) last / s.length();
    }
    int inside = 0;
    int open = -1;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\u201c' || (c == '"' && open < 0)) {
        open = i;
      } else if ((c == '\u201d' || c == '"') && open >= 0) {
        inside += i - open;
        open = -1;
      }
    }
    return (double) inside / s.length();
  }

  private static boolean isApostrophe(String s, int i) {
    // "team 's", "do n't", "Merson's": a letter follows, or a letter precedes and one follows.
    return i + 1 < s.length() && Character.isLetter(s.charAt(i + 1));
  }

  static String clean(String s) {
    return SPACES.matcher(s).replaceAll(" ").strip();
  }

  /** A sentence being turned into a candidate. */
  private static final class Draft {
    final NlpSentence sentence;
    final String text;
    final double quote;
    double actors;
    int issues;
    Map<String, Double> evidence = Map.of();
    Map<String, Integer> counts;

    Draft(NlpSentence sentence, String text, double quote) {
      this.sentence = sentence;
      this.text = text;
      this.quote = quote;
    }
  }

  private static ImmutableList<Candidate> build(List<Draft> drafts, List<NlpSentence> guides) {
    // Inverse sentence frequency over the candidates: words on every line weigh little.
    Map<String, Integer> df = new HashMap<>();
    for (Draft d : drafts) {
      d.counts = stems(d.sentence.tokens());
      d.counts.keySet().forEach(t -> df.merge(t, 1, Integer::sum));
    }
    int n = Math.max(1, drafts.size());
    Map<String, Double> idf = new HashMap<>();
    df.forEach((t, f) -> idf.put(t, Math.log(1.0 + (double) n / f)));
    List<ImmutableMap<String, Double>> vectors = new ArrayList<>();
    Map<String, Double> centroid = new HashMap<>();
    for (Draft d : drafts) {
      ImmutableMap<String, Double> v = weigh(d.counts, idf);
      vectors.add(v);
      v.forEach((t, w) -> centroid.merge(t, w, Double::sum));
    }
    ImmutableMap<String, Double> centre = ImmutableMap.copyOf(centroid);
    Map<String, Integer> guideCounts = new HashMap<>();
    for (NlpSentence g : guides) {
      stems(g.tokens()).forEach((t, c) -> guideCounts.merge(t, c, Integer::sum));
    }
    ImmutableMap<String, Double> guide = weigh(guideCounts, idf);
    ImmutableList.Builder<Candidate> out = ImmutableList.builder();
    int previous = -1;
    for (int i = 0; i < drafts.size(); i++) {
      Draft d = drafts.get(i);
      ImmutableMap<String, Double> v = vectors.get(i);
      List<Token> tokens = d.sentence.tokens();
      int words = 0;
      int entityTokens = 0;
      int numbers = 0;
      boolean verb = false;
      boolean tagged = false;
      for (Token t : tokens) {
        if (!isWord(t.word())) {
          continue;
        }
        words++;
        if (!t.ner().equals("O") && !t.ner().isEmpty()) {
          entityTokens++;
        }
        if (t.tag().equals("CD") || t.word().chars().anyMatch(Character::isDigit)) {
          numbers++;
        }
        tagged |= !t.tag().isEmpty();
        verb |= t.isVerb();
      }
      boolean quoted = OPENING_QUOTES.indexOf(d.text.charAt(0)) >= 0;
      boolean dangling = previous >= 0 && !quoted && leansBack(tokens);
      char c0 = firstLetterOrDigit(d.text);
      boolean fragment = words < 4 || (tagged && !verb) || Character.isLowerCase(c0);
      boolean question = d.text.endsWith("?") || d.text.matches(".*\\?\\s*['\"\u201d\u2019]*$");
      out.add(new Candidate(d.sentence.index(), i, previous, d.text, v, words,
          Candidate.cosine(v, centre), words == 0 ? 0 : (double) entityTokens / words, numbers, d.quote,
          dangling, question, fragment, looksLikeCaption(d.text), d.actors, d.issues, ImmutableMap.copyOf(d.evidence), Candidate.cosine(v, guide)));
      previous = d.sentence.index();
    }
    return out.build();
  }

  private static ImmutableMap<String, Double> weigh(Map<String, Integer> counts, Map<String, Double> idf) {
    Map<String, Double> v = new LinkedHashMap<>();
    counts.forEach((t, c) -> v.put(t, (1 + Math.log(c)) * idf.getOrDefault(t, Math.log(2))));
    return ImmutableMap.copyOf(v);
  }

  /** Stem counts of the content words of a sentence. */
  static Map<String, Integer> stems(List<Token> tokens) {
    Map<String, Integer> out = new LinkedHashMap<>();
    for (Token t : tokens) {
      String w = NON_ALNUM.matcher(t.word().toLowerCase(Locale.ROOT)).replaceAll("");
      if (w.isEmpty() || Lexicon.STOPWORDS.contains(w) || Lexicon.STOPWORDS.contains(t.word().toLowerCase(Locale.ROOT))) {
        continue;
      }
      out.merge(w.length() > 3 ? PorterStemmer.stem(w) : w, 1, Integer::sum);
    }
    return out;
  }

  private static final Pattern PARENTHESIS = Pattern.compile("\\(\\s*([^()]{1,60}?)\\s*\\)");

  /** A parenthesis opening with a caption marker: "( pictured )", "( left , with his wife )". */
  static boolean looksLikeCaption(String text) {
    var m = PARENTHESIS.matcher(text);
    while (m.find()) {
      String inside = m.group(1).toLowerCase(Locale.ROOT);
      for (String marker : Lexicon.CAPTION_MARKERS) {
        if (inside.equals(marker) || inside.startsWith(marker + " ") || inside.startsWith(marker + ",")) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isWord(String w) {
    for (int i = 0; i < w.length(); i++) {
      if (Character.isLetterOrDigit(w.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the sentence opens with a word that points back ("He also…", "But it…", "This is…"). A
   * demonstrative that is a determiner ("This week, …", "That decision …") does not.
   */
  static boolean leansBack(List<Token> tokens) {
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (!isWord(t.word())) {
        continue;
      }
      String w = t.word().toLowerCase(Locale.ROOT);
      if (!Lexicon.DANGLING.contains(w)) {
        return false;
      }
      if (DEMONSTRATIVES.contains(w) && i + 1 < tokens.size()) {
        Token next = tokens.get(i + 1);
        boolean determiner = next.isNoun() || next.tag().startsWith("JJ") || next.tag().equals("CD");
        return !determiner;
      }
      return true;
    }
    return false;
  }

  private static final Set<String> DEMONSTRATIVES = Set.of("this", "these", "that", "those", "such", "another");

  private static char firstLetterOrDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetterOrDigit(s.charAt(i))) {
        return s.charAt(i);
      }
    }
    return 'A';
  }

  /** Finds an issue's terms as whole words in lowercase text. */
  static final class IssueMatcher {
    final Issue issue;
    private final Pattern pattern;

    IssueMatcher(Issue issue) {
      this.issue = issue;
      List<String> alternatives = new ArrayList<>();
      // Opposites name the issue too ("civilian casualties" for the protection of civilians).
      List<String> terms = new ArrayList<>(issue.terms());
      terms.addAll(issue.opposites());
      for (String term : terms) {
        if (!term.isBlank()) {
          alternatives.add(Pattern.quote(term.toLowerCase(Locale.ROOT)).replace(" ", "\\E[\\s-]+\\Q"));
        }
      }
      this.pattern = alternatives.isEmpty() ? null
          : Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + String.join("|", alternatives) + ")(?![\\p{L}\\p{N}])");
    }

    boolean matches(String lower) {
      return pattern != null && pattern.matcher(lower).find();
    }
  }
}
