package io.facetwire.ingest.people;

import java.util.List;

/**
 * What one article says about people and organisations.
 *
 * @param people full names, in order of first mention, lone surnames already folded into them
 * @param surnames single names introduced by a title ("Mr. Trump", "President Bukele") that no full
 *     name in the article explains: the corpus may ({@link PersonResolver})
 * @param orgs organisations in their facet form ({@link OrgNames}), in order of first mention: runs
 *     holding an institution word (Inc, Bank, Ministry, Party, ...), measured by {@code evaluate
 *     --conll}
 * @param places known places (gazetteer) in their facet form, in order of first mention
 */
public record Mentions(
    List<String> people, List<String> surnames, List<String> orgs, List<String> places) {
  public Mentions {
    people = List.copyOf(people);
    surnames = List.copyOf(surnames);
    orgs = List.copyOf(orgs);
    places = List.copyOf(places);
  }
}
