package io.facetwire.ingest.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PersonResolverTest {
  private final PersonExtractor people = new PersonExtractor();
  private final PersonResolver resolver = new PersonResolver(Gazetteer.builtIn());

  private Mentions seen(String body) {
    Mentions m = people.find(body);
    resolver.observe(m);
    return m;
  }

  @Test
  void aVariantResolvesToTheCorpusCanonicalForm() {
    seen("President Donald Trump spoke on Monday.");
    seen("Donald Trump spoke again on Tuesday.");
    Mentions variant = seen("Donald J. Trump signed the order.");
    assertThat(resolver.resolve(variant)).containsExactly("Donald Trump");
  }

  @Test
  void aRunThatOnlySeesTheFormWithAMiddleInitialIndexesTheSameValueAsOneThatSeesBoth() {
    Mentions variant = seen("Donald J. Trump signed the order.");
    assertThat(resolver.resolve(variant)).containsExactly("Donald Trump");
    PersonResolver otherRun = new PersonResolver(Gazetteer.builtIn());
    Mentions plain = people.find("Donald Trump spoke on Monday.");
    otherRun.observe(plain);
    assertThat(otherRun.resolve(plain)).containsExactly("Donald Trump");
    assertThat(resolver.resolve(seen("H.W. Lichtenberger resigned.")))
        .containsExactly("H.W. Lichtenberger");
  }

  @Test
  void aTitledLoneSurnameResolvesWhenTheCorpusKnowsOnePersonByIt() {
    seen("President Nayib Bukele offered prisons.");
    Mentions lone = seen("President Bukele repeated the offer.");
    assertThat(lone.people()).isEmpty();
    assertThat(resolver.resolve(lone)).containsExactly("Nayib Bukele");
  }

  @Test
  void aSurnameAfterAnArabicArticleIsFoundWithoutIt() {
    Mentions same =
        seen(
            "Sudan's President Omar Hassan al-Bashir denied the charges. President Bashir said"
                + " the court had no right to try him.");
    assertThat(resolver.resolve(same)).containsExactly("Omar Hassan al-Bashir");
    seen("Egypt's President Abdel Fattah el-Sisi met the delegation.");
    assertThat(resolver.resolve(seen("President Sisi repeated the offer.")))
        .containsExactly("Abdel Fattah el-Sisi");
  }

  @Test
  void aNameWithAndWithoutTheArticleIsOnePerson() {
    seen("Syrian President Bashar al-Assad spoke on Monday.");
    seen("Bashar al-Assad spoke again on Tuesday.");
    Mentions ap = seen("President Bashar Assad met the envoys.");
    assertThat(resolver.resolve(ap)).containsExactly("Bashar al-Assad");
    assertThat(resolver.resolve(seen("President Al-Assad repeated the offer.")))
        .containsExactly("Bashar al-Assad");
  }

  @Test
  void onlyTheLastWordLosesItsArticle() {
    assertThat(Names.explains(List.of("Saif al-Islam Gaddafi"), "Islam")).isFalse();
    assertThat(Names.explains(List.of("Saif al-Islam Gaddafi"), "Gaddafi")).isTrue();
    assertThat(Names.explains(List.of("Omar Hassan al-Bashir"), "Bashir")).isTrue();
    assertThat(Names.key("Wang An-shih")).isEqualTo("wang|an-shih");
    assertThat(Names.key("Ali al-Ab")).isEqualTo("ali|al-ab");
  }

  @Test
  void aTitledSurnameTwoPeopleShareEquallyStaysAsWrittenRatherThanDropped() {
    seen("Former President George Bush spoke.");
    seen("Governor Jeb Bush spoke.");
    Mentions lone = seen("Mr. Bush declined to comment.");
    assertThat(resolver.resolve(lone)).containsExactly("Bush");
    assertThat(resolver.resolve(seen("President George Bush met Governor Jeb Bush. Bush said no.")))
        .containsExactly("George Bush", "Jeb Bush");
  }

  @Test
  void aSurnameGoesToThePersonTheCorpusNamesFarMoreOftenThanAnyOther() {
    for (int i = 0; i < 3; i++) seen("President George Bush spoke on day " + i + ".");
    seen("Governor Jeb Bush spoke.");
    assertThat(resolver.resolve(seen("Mr. Bush declined to comment.")))
        .containsExactly("George Bush");
    seen("Governor Jeb Bush spoke again.");
    assertThat(resolver.resolve(seen("Mr. Bush declined to comment.")))
        .as("3 articles against 2 is no clear majority")
        .containsExactly("Bush");
  }

  @Test
  void aSingleNameInContextComesThroughWhateverTheCorpusKnows() {
    assertThat(resolver.resolve(seen("Suharto said he would not resign.")))
        .containsExactly("Suharto");
    assertThat(resolver.resolve(seen("Yegor Stroyev, who met Yeltsin on Monday, spoke.")))
        .containsExactly("Yegor Stroyev", "Yeltsin");
    seen("Boris Yeltsin signed the decree.");
    assertThat(resolver.resolve(seen("Parliament leaders met Yeltsin on Monday.")))
        .containsExactly("Boris Yeltsin");
  }

  /**
   * The rules alone. Indexing's name finder reads "slogans against Bush" as a person's name by
   * itself, so there "Bush" is a lone name, resolved as "met Yeltsin" above (kept as written while
   * the corpus knows nobody by it).
   */
  @Test
  void aBareWordIsAPersonOnlyWhenTheCorpusKnowsThePersonByIt() {
    String text = "Protesters shouted slogans against Bush and the war.";
    Mentions lone = people.find(text);
    assertThat(lone.surnames()).containsExactly("Bush");
    PersonResolver fresh = new PersonResolver(Gazetteer.builtIn());
    fresh.observe(lone);
    assertThat(fresh.resolve(lone)).containsExactly("Bush");
    PersonExtractor rules = new PersonExtractor(Gazetteer.builtIn(), false);
    Mentions slogan = rules.find(text);
    resolver.observe(slogan);
    assertThat(slogan.bare()).contains("Bush");
    assertThat(resolver.resolve(slogan)).isEmpty();
    seen("Former President George Bush spoke.");
    assertThat(resolver.resolve(slogan)).containsExactly("George Bush");
    // Not after an article, not a common word of the article, not a name that starts unlike one.
    seen("The U.N. World Food Program sent aid.");
    assertThat(resolver.resolve(seen("The Revolution ended. Bush spoke of the bush."))).isEmpty();
    assertThat(resolver.resolve(seen("Aid came from the World and Europe."))).isEmpty();
    assertThat(seen("Officials in New York met on the Indian Ocean coast.").bare()).isEmpty();
  }

  @Test
  void gazetteerCanonicalNamesWin() {
    Gazetteer g = GazetteerTest.parse("person\tDonald Trump\tDonald J. Trump|Trump\n");
    PersonResolver withGazetteer = new PersonResolver(g);
    Mentions m = new PersonExtractor(g).find("Mr. Trump and Donald J. Trump.");
    withGazetteer.observe(m);
    assertThat(withGazetteer.resolve(m)).isEqualTo(List.of("Donald Trump"));
  }

  @Test
  void whatAnEarlierRunCountedPlacesALoneSurnameInTheNextRun() {
    PersonResolver earlier = new PersonResolver(Gazetteer.builtIn());
    earlier.observe(people.find("Donald J. Trump signed the order."));
    PersonResolver next = new PersonResolver(Gazetteer.builtIn());
    earlier.forms().forEach((key, forms) -> forms.forEach(next::remember));

    Mentions lone = people.find("President Trump repeated the offer.");
    next.observe(lone);
    assertThat(next.resolve(lone)).containsExactly("Donald Trump");
    assertThat(next.forms()).containsOnlyKeys("donald|trump");
  }

  @Test
  void reresolvingMapsIndexedVariantsAndLoneSurnamesAndKeepsWhatItCannotPlace() {
    seen("Donald Trump spoke on Monday.");
    seen("Former President George Bush spoke.");
    seen("Governor Jeb Bush spoke.");
    assertThat(
            resolver.reresolve(
                List.of("Trump", "Donald J. Trump", "Bush", "Suharto", "Donald Trump")))
        .containsExactly("Donald Trump", "Bush", "Suharto");
  }

  @Test
  void emptyFormsAndZeroCountsAreNotLearned() {
    resolver.remember("Donald Trump", 3);
    resolver.remember("", 2);
    resolver.remember("Ann Smith", 0);
    assertThat(resolver.forms()).containsOnlyKeys("donald|trump");
    assertThat(resolver.forms().get("donald|trump")).containsEntry("Donald Trump", 3);
  }
}
