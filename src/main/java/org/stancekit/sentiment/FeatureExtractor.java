package org.stancekit.sentiment;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.stancekit.article.Span;
import org.stancekit.nlp.Dependency;
import org.stancekit.nlp.NlpSentence;
import org.stancekit.nlp.Token;

/**
 * Turns a sentence and a target span in it into named feature values for the target-sentiment
 * model: what the sentence says about the target, from the opinion words near it (in tokens and in
 * the dependency tree), negation, the target's syntactic role and governing verb, the words on its
 * path to the root, quotation and hedging. Names are sorted so training is reproducible. Immutable
 * and thread-safe.
 */
final class FeatureExtractor {

  static final String TARGET_TOKEN = "<T>";

  private static final ImmutableSet<String> HEDGES = ImmutableSet.of(
      "allegedly", "reportedly", "apparently", "possibly", "perhaps", "maybe", "likely", "unlikely",
      "seem", "appear", "suggest", "claim", "purportedly", "supposedly", "rumor", "speculate", "unclear",
      "unconfirmed", "could", "might", "may");

  private static final ImmutableSet<String> SPEECH = ImmutableSet.of(
      "say", "tell", "state", "claim", "argue", "insist", "write", "tweet", "declare", "add", "announce",
      "warn", "accuse", "call", "describe", "note", "explain", "ask", "suggest", "complain", "admit");

  private static final ImmutableSet<String> PRONOUNS = ImmutableSet.of(
      "he", "she", "they", "him", "her", "them", "his", "their", "hers", "theirs", "it", "its", "we", "us",
      "our", "i", "me", "my", "you", "your", "himself", "herself", "themselves");

  private final EnumSet<FeatureGroup> groups;
  private final int window;
  private final OpinionLexicon lexicon;

  FeatureExtractor(Set<FeatureGroup> groups, int window, OpinionLexicon lexicon) {
    Preconditions.checkArgument(window >= 0, "window must be >= 0, was %s", window);
    this.groups = groups.isEmpty() ? EnumSet.noneOf(FeatureGroup.class) : EnumSet.copyOf(groups);
    this.window = window;
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
  }

  Set<FeatureGroup> groups() {
    return EnumSet.copyOf(groups);
  }

  int window() {
    return window;
  }

  /** Tokens of {@code sentence} overlapping {@code target}, as [begin, end); empty when none. */
  static int[] targetTokens(NlpSentence sentence, Span target) {
    int begin = -1;
    int end = -1;
    for (Token t : sentence.tokens()) {
      boolean overlaps = t.span().start() < target.end() && target.start() < t.span().end();
      if (overlaps) {
        if (begin < 0) {
          begin = t.index();
        }
        end = t.index() + 1;
      }
    }
    if (begin < 0) {
      // A zero-length or unaligned target: the token at its start stands for it.
      int at = sentence.tokenAt(target.start());
      if (at < 0) {
        return new int[] {0, 0};
      }
      return new int[] {at, at + 1};
    }
    return new int[] {begin, end};
  }

  /** Features for a target span; {@code quoted} says whether it lies inside a quotation. */
  TreeMap<String, Double> extract(NlpSentence sentence, Span target, boolean quoted) {
    int[] range = targetTokens(sentence, target);
    return extract(sentence, range[0], range[1], quoted);
  }

  /** Sentence-level features only: what the sentence says about its participants on the whole. */
  TreeMap<String, Double> extractSentence(NlpSentence sentence) {
    return extract(sentence, 0, 0, false);
  }

  private TreeMap<String, Double> extract(NlpSentence s, int begin, int end, boolean quoted) {
    TreeMap<String, Double> f = new TreeMap<>();
    List<Token> tokens = s.tokens();
    int n = tokens.size();
    boolean hasTarget = end > begin;
    boolean[] negated = NegationScope.of(s);
    double[] polarity = new double[n];
    String[] lemma = new String[n];
    boolean[] punct = new boolean[n];
    boolean[] inQuote = quoteMask(tokens);
    for (int i = 0; i < n; i++) {
      Token t = tokens.get(i);
      lemma[i] = t.lemma().toLowerCase(Locale.ROOT);
      punct[i] = NegationScope.isPunct(t);
      double p = lexicon.polarity(t.word(), t.lemma());
      polarity[i] = negated[i] ? -p : p;
    }
    boolean[] isTarget = new boolean[n];
    for (int i = begin; i < end; i++) {
      isTarget[i] = true;
    }
    f.put("bias.sentence", 1.0);

    if (groups.contains(FeatureGroup.BOW)) {
      for (int i = 0; i < n; i++) {
        if (!punct[i] && !isTarget[i]) {
          f.put("u=" + (negated[i] ? "NOT_" : "") + lemma[i], 1.0);
        }
      }
    }
    if (groups.contains(FeatureGroup.BIGRAM)) {
      String previous = "<S>";
      for (int i = 0; i < n; i++) {
        if (punct[i] && !lemma[i].equals("\"") && !lemma[i].equals("``")) {
          continue;
        }
        String current = isTarget[i] ? TARGET_TOKEN : lemma[i];
        if (isTarget[i] && i > begin) {
          continue;
        }
        f.put("b=" + previous + "_" + current, 1.0);
        previous = current;
      }
    }
    double lexPos = 0;
    double lexNeg = 0;
    for (int i = 0; i < n; i++) {
      if (!isTarget[i]) {
        lexPos += Math.max(0, polarity[i]);
        lexNeg += Math.max(0, -polarity[i]);
      }
    }
    if (groups.contains(FeatureGroup.LEXICON)) {
      f.put("lex.pos", Math.log1p(lexPos));
      f.put("lex.neg", Math.log1p(lexNeg));
      f.put("lex.sum", Math.tanh(lexPos - lexNeg));
      if (lexPos == 0 && lexNeg == 0) {
        f.put("lex.none", 1.0);
      }
      for (int i = 0; i < n; i++) {
        if (polarity[i] != 0 && !isTarget[i]) {
          f.put("op=" + lemma[i] + (negated[i] ? "_NEG" : ""), 1.0);
        }
      }
    }
    if (groups.contains(FeatureGroup.HEDGE)) {
      for (int i = 0; i < n; i++) {
        if (tokens.get(i).tag().equals("MD")) {
          f.put("modal=" + lemma[i], 1.0);
        }
        if (HEDGES.contains(lemma[i])) {
          f.put("hedge", 1.0);
        }
      }
    }
    if (groups.contains(FeatureGroup.QUOTE)) {
      double qPos = 0;
      double qNeg = 0;
      boolean anyQuote = false;
      for (int i = 0; i < n; i++) {
        if (inQuote[i]) {
          anyQuote = true;
          qPos += Math.max(0, polarity[i]);
          qNeg += Math.max(0, -polarity[i]);
        }
      }
      if (anyQuote) {
        f.put("q.sentence", 1.0);
        f.put("q.lex.pos", Math.log1p(qPos));
        f.put("q.lex.neg", Math.log1p(qNeg));
      }
    }
    if (!hasTarget) {
      return f;
    }

    int[] tokenDistance = new int[n];
    for (int i = 0; i < n; i++) {
      tokenDistance[i] = i < begin ? begin - i : (i >= end ? i - end + 1 : 0);
    }
    int head = targetHead(s, begin, end);
    int[] depDistance = s.parsed() ? depDistances(s, begin, end) : tokenDistance;

    if (groups.contains(FeatureGroup.WINDOW)) {
      for (int i = Math.max(0, begin - window); i < Math.min(n, end + window); i++) {
        if (!isTarget[i] && !punct[i]) {
          f.put((i < begin ? "wl=" : "wr=") + (negated[i] ? "NOT_" : "") + lemma[i], 1.0);
        }
      }
    }
    if (groups.contains(FeatureGroup.LEXICON)) {
      double tokPos = 0, tokNeg = 0, depPos = 0, depNeg = 0, winPos = 0, winNeg = 0, inPos = 0, inNeg = 0;
      int nearest = Integer.MAX_VALUE;
      double nearestPolarity = 0;
      for (int i = 0; i < n; i++) {
        double p = polarity[i];
        if (p == 0) {
          continue;
        }
        if (isTarget[i]) {
          inPos += Math.max(0, p);
          inNeg += Math.max(0, -p);
          continue;
        }
        double byToken = p / (1.0 + tokenDistance[i]);
        double byDep = depDistance[i] == Integer.MAX_VALUE ? 0 : p / (1.0 + depDistance[i]);
        tokPos += Math.max(0, byToken);
        tokNeg += Math.max(0, -byToken);
        depPos += Math.max(0, byDep);
        depNeg += Math.max(0, -byDep);
        if (tokenDistance[i] <= window) {
          winPos += Math.max(0, p);
          winNeg += Math.max(0, -p);
        }
        if (depDistance[i] < nearest) {
          nearest = depDistance[i];
          nearestPolarity = p;
        }
      }
      f.put("lex.tok.pos", tokPos);
      f.put("lex.tok.neg", tokNeg);
      f.put("lex.dep.pos", depPos);
      f.put("lex.dep.neg", depNeg);
      f.put("lex.win.pos", Math.log1p(winPos));
      f.put("lex.win.neg", Math.log1p(winNeg));
      if (inPos + inNeg > 0) {
        f.put("lex.in.pos", inPos);
        f.put("lex.in.neg", inNeg);
      }
      if (nearestPolarity != 0) {
        String sign = nearestPolarity > 0 ? "pos" : "neg";
        f.put("lex.near=" + sign, 1.0);
        f.put("lex.near=" + sign + "@" + Math.min(nearest, 4), 1.0);
      }
    }
    if (groups.contains(FeatureGroup.SYNTAX) && s.parsed() && head >= 0) {
      syntax(s, head, begin, end, lemma, polarity, f);
    }
    if (groups.contains(FeatureGroup.QUOTE)) {
      if (quoted || inQuote[begin]) {
        f.put("q.target", 1.0);
      }
    }
    if (groups.contains(FeatureGroup.TARGET)) {
      // The target's form, not its identity: a prior per name would not carry over to other news.
      if (end - begin == 1 && PRONOUNS.contains(lemma[begin])) {
        f.put("t.pronoun", 1.0);
      }
      f.put("t.ner=" + tokens.get(head >= 0 ? head : begin).ner(), 1.0);
      f.put("t.pos=" + (begin == 0 ? "first" : begin < n / 2 ? "early" : "late"), 1.0);
    }
    return f;
  }

  private void syntax(NlpSentence s, int head, int begin, int end, String[] lemma, double[] polarity,
      TreeMap<String, Double> f) {
    List<Token> tokens = s.tokens();
    String relation = relationOf(s, head);
    f.put("role=" + relation, 1.0);
    String base = baseRole(relation);
    List<List<Dependency>> children = NegationScope.children(s);
    int governor = s.head(head).map(Dependency::governor).orElse(-1);
    // A noun target inside a prepositional phrase or a possessive: its verb is one level further up.
    int verb = governor;
    while (verb >= 0 && !tokens.get(verb).isVerb() && !tokens.get(verb).tag().startsWith("JJ")) {
      verb = s.head(verb).map(Dependency::governor).orElse(-1);
    }
    if (governor >= 0) {
      f.put("gov=" + lemma[governor], 1.0);
      f.put("rg=" + base + "|" + lemma[governor], 1.0);
      if (polarity[governor] != 0) {
        f.put("govpol=" + base + "|" + (polarity[governor] > 0 ? "pos" : "neg"), 1.0);
      }
      for (Dependency d : children.get(governor)) {
        int k = d.dependent();
        if (k >= begin && k < end) {
          continue;
        }
        String kr = d.baseRelation();
        if (kr.equals("punct") || kr.equals("det") || kr.equals("case") || kr.equals("cc")) {
          continue;
        }
        f.put("sib=" + base + "|" + kr + "|" + lemma[k], 1.0);
        double p = subtreePolarity(k, children, polarity, begin, end);
        if (p != 0) {
          f.put("sibpol=" + base + "|" + kr + "|" + (p > 0 ? "pos" : "neg"), 1.0);
        }
      }
    } else {
      f.put("rg=root", 1.0);
    }
    if (verb >= 0 && verb != governor) {
      f.put("verb=" + lemma[verb], 1.0);
      if (polarity[verb] != 0) {
        f.put("verbpol=" + base + "|" + (polarity[verb] > 0 ? "pos" : "neg"), 1.0);
      }
    }
    if (base.equals("nsubj") && governor >= 0 && SPEECH.contains(lemma[governor])) {
      f.put("speaker", 1.0);
    }
    // Words on the path from the target to the root.
    int k = governor;
    int depth = 0;
    double pathPolarity = 0;
    while (k >= 0 && depth < 6) {
      f.put("path=" + lemma[k], 1.0);
      pathPolarity += polarity[k];
      k = s.head(k).map(Dependency::governor).orElse(-1);
      depth++;
    }
    if (pathPolarity != 0) {
      f.put("lex.path", Math.tanh(pathPolarity));
    }
    // Dependency paths from the target to the opinion words near it in the tree ("obj^accuse|neg").
    int n = tokens.size();
    int[] parent = new int[n];
    String[] rel = new String[n];
    Arrays.fill(parent, -1);
    Arrays.fill(rel, "root");
    for (Dependency d : s.basic()) {
      if (d.dependent() < n && d.governor() < n) {
        parent[d.dependent()] = d.governor();
        rel[d.dependent()] = d.baseRelation();
      }
    }
    List<Integer> up = ancestors(head, parent);
    for (int i = 0; i < n; i++) {
      if (polarity[i] == 0 || (i >= begin && i < end)) {
        continue;
      }
      String path = path(up, i, parent, rel);
      if (path != null) {
        f.put("dp=" + path + "|" + (polarity[i] > 0 ? "pos" : "neg"), 1.0);
      }
    }
    // Opinion words in the target's own clause (the subtree of its nearest verb).
    int clause = head;
    while (clause >= 0 && !tokens.get(clause).isVerb()) {
      clause = parent[clause];
    }
    if (clause >= 0) {
      double pos = 0;
      double neg = 0;
      Deque<Integer> stack = new ArrayDeque<>();
      stack.push(clause);
      int guard = 0;
      while (!stack.isEmpty() && guard++ < n) {
        int c = stack.pop();
        if (c < begin || c >= end) {
          pos += Math.max(0, polarity[c]);
          neg += Math.max(0, -polarity[c]);
        }
        for (Dependency d : children.get(c)) {
          if (!d.relation().equals("parataxis") && !d.relation().startsWith("advcl") && !d.relation().equals("conj")) {
            stack.push(d.dependent());
          }
        }
      }
      f.put("clause.pos", Math.log1p(pos));
      f.put("clause.neg", Math.log1p(neg));
    }
    // The target's own modifiers outside its span ("the embattled president", "Trump's lies").
    for (Dependency d : children.get(head)) {
      int c = d.dependent();
      if (c >= begin && c < end) {
        continue;
      }
      String kr = d.baseRelation();
      if (kr.equals("punct") || kr.equals("det") || kr.equals("case")) {
        continue;
      }
      f.put("mod=" + kr + "|" + lemma[c], 1.0);
      double p = subtreePolarity(c, children, polarity, begin, end);
      if (p != 0) {
        f.put("modpol=" + kr + "|" + (p > 0 ? "pos" : "neg"), 1.0);
      }
    }
  }

  private static List<Integer> ancestors(int token, int[] parent) {
    List<Integer> out = new ArrayList<>();
    int k = token;
    while (k >= 0 && out.size() <= parent.length) {
      out.add(k);
      k = parent[k];
    }
    return out;
  }

  /** The relation path from the target head up to the common ancestor and down to {@code to}, or null if longer than 4. */
  private static String path(List<Integer> up, int to, int[] parent, String[] rel) {
    List<Integer> down = ancestors(to, parent);
    for (int a = 0; a < up.size() && a <= 4; a++) {
      int lca = up.get(a);
      int b = down.indexOf(lca);
      if (b < 0) {
        continue;
      }
      if (a + b > 4) {
        return null;
      }
      StringBuilder sb = new StringBuilder();
      for (int k = 0; k < a; k++) {
        sb.append(rel[up.get(k)]).append('^');
      }
      sb.append('*');
      for (int k = b - 1; k >= 0; k--) {
        sb.append('v').append(rel[down.get(k)]);
      }
      return sb.toString();
    }
    return null;
  }

  private static double subtreePolarity(int root, List<List<Dependency>> children, double[] polarity,
      int begin, int end) {
    double sum = 0;
    Deque<Integer> stack = new ArrayDeque<>();
    stack.push(root);
    int guard = 0;
    while (!stack.isEmpty() && guard++ < polarity.length) {
      int k = stack.pop();
      if (k < begin || k >= end) {
        sum += polarity[k];
      }
      for (Dependency d : children.get(k)) {
        stack.push(d.dependent());
      }
    }
    return sum;
  }

  /** The enhanced++ relation into {@code token} (it names prepositions: "obl:of", "nmod:poss"). */
  private static String relationOf(NlpSentence s, int token) {
    String basic = s.head(token).map(Dependency::relation).orElse("root");
    for (Dependency d : s.enhanced()) {
      if (d.dependent() == token && d.governor() >= 0) {
        Dependency b = s.head(token).orElse(null);
        if (b != null && b.governor() == d.governor()) {
          return d.relation().toLowerCase(Locale.ROOT);
        }
      }
    }
    return basic;
  }

  private static String baseRole(String relation) {
    if (relation.startsWith("nsubj")) {
      return relation.startsWith("nsubj:pass") ? "nsubjpass" : "nsubj";
    }
    if (relation.equals("nmod:poss")) {
      return "poss";
    }
    int colon = relation.indexOf(':');
    return colon < 0 ? relation : relation.substring(0, colon);
  }

  /** The target token whose basic head lies outside the target (the root of its subtree). */
  static int targetHead(NlpSentence s, int begin, int end) {
    if (!s.parsed()) {
      return end - 1;
    }
    for (int i = begin; i < end; i++) {
      int g = s.head(i).map(Dependency::governor).orElse(-1);
      if (g < begin || g >= end) {
        return i;
      }
    }
    return end - 1;
  }

  /** Undirected basic-tree distance from the nearest target token; MAX_VALUE when unreachable. */
  static int[] depDistances(NlpSentence s, int begin, int end) {
    int n = s.tokens().size();
    int[] dist = new int[n];
    Arrays.fill(dist, Integer.MAX_VALUE);
    List<List<Integer>> adjacent = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      adjacent.add(new ArrayList<>(3));
    }
    for (Dependency d : s.basic()) {
      if (d.governor() >= 0 && d.governor() < n && d.dependent() < n) {
        adjacent.get(d.governor()).add(d.dependent());
        adjacent.get(d.dependent()).add(d.governor());
      }
    }
    Deque<Integer> queue = new ArrayDeque<>();
    for (int i = begin; i < end; i++) {
      dist[i] = 0;
      queue.add(i);
    }
    while (!queue.isEmpty()) {
      int k = queue.poll();
      for (int j : adjacent.get(k)) {
        if (dist[j] == Integer.MAX_VALUE) {
          dist[j] = dist[k] + 1;
          queue.add(j);
        }
      }
    }
    return dist;
  }

  /** Tokens between paired quotation marks. */
  static boolean[] quoteMask(List<Token> tokens) {
    boolean[] mask = new boolean[tokens.size()];
    boolean open = false;
    for (int i = 0; i < tokens.size(); i++) {
      String w = tokens.get(i).word();
      boolean opening = w.equals("``") || w.equals("\u201C") || (w.equals("\"") && !open);
      boolean closing = w.equals("''") || w.equals("\u201D") || (w.equals("\"") && open);
      if (opening && !open) {
        open = true;
        continue;
      }
      if (closing && open) {
        open = false;
        continue;
      }
      mask[i] = open;
    }
    if (open) {
      // An unclosed quotation is a typo or a sentence-spanning quote: trust neither reading.
      int last = tokens.size() - 1;
      while (last >= 0 && mask[last]) {
        mask[last--] = false;
      }
    }
    return mask;
  }
}
