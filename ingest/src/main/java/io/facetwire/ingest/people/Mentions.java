package io.facetwire.ingest.people;

import java.util.List;

/**
 * What one article says about people and organisations.
 *
 * @param people full names, in order of first mention, lone surnames already folded into them
 * @param surnames single names introduced by a title ("Mr. Trump", "President Bukele") that no full
 *     name in the article explains: the corpus may ({@link PersonResolver}); a person either way
 * @param orgs organisations in their facet form ({@link OrgNames}), in order of first mention: runs
 *     holding an institution word (Inc, Bank, Ministry, Party, ...), measured by {@code evaluate
 *     --conll}
 * @param places known places (gazetteer) in their facet form, in order of first mention
 * @param bare single capitalised words with no title or context that may be a surname ("slogans
 *     against Bush"): a person only when the corpus places it on one person ({@link
 *     PersonResolver})
 */
public record Mentions(
    List<String> people,
    List<String> surnames,
    List<String> orgs,
    List<String> places,
    List<String> bare) {
  public Mentions {
    people = List.copyOf(people);
    surnames = List.copyOf(surnames);
    orgs = List.copyOf(orgs);
    places = List.copyOf(places);
    bare = List.copyOf(bare);
  }

  /** Without bare single words: what an article says when nothing is left to the corpus. */
  public Mentions(
      List<String> people, List<String> surnames, List<String> orgs, List<String> places) {
    this(people, surnames, orgs, places, List.of());
  }
}
