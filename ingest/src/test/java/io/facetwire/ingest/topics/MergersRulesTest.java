package io.facetwire.ingest.topics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Mergers and acquisitions needs two signals: a story about companies (the topic's {@code
 * requires}) and deal evidence beyond one ambiguous word. Each sentence below stands for a class of
 * story that used to be taken for a deal (weapons, skills, customers or paintings "acquired", a
 * party "merger", an election or Olympic "bid", a town "taken over", a football transfer, goods,
 * jets or grain bought) or a deal written the way wires and web pages write it.
 */
class MergersRulesTest {
  private static final TopicTagger TAGGER = new TopicTagger(Taxonomy.builtIn());

  static Stream<Arguments> notDeals() {
    return Stream.of(
        Arguments.of(
            "Iran rejects nuclear demands",
            "Iran is trying to acquire nuclear weapons, U.S. officials said on Tuesday. Washington has offered talks if Tehran halts enrichment, and European envoys said a new bid to end the standoff was under way."),
        Arguments.of(
            "Opposition parties join forces",
            "The two main opposition parties announced a merger on Sunday ahead of next year's elections. Their leaders said the bid to unseat the president would be offered to voters as a single list."),
        Arguments.of(
            "Rebels seize northern town",
            "Rebels took over the northern town of Kidal on Thursday. The army said the takeover of the town followed days of fighting, and offered a ceasefire."),
        Arguments.of(
            "Chelsea sign striker",
            "Chelsea agreed to buy striker Romelu Lukaku from Inter Milan for 97.5 million pounds, the club said. Inter had rejected an earlier bid and the transfer fee makes him the most expensive player the club has bought."),
        Arguments.of(
            "Paris bid for Olympics",
            "Paris launched its bid to host the 2024 Olympic Games on Tuesday. The city offered to build a new aquatic centre, and the mayor said the purchase of land was already agreed."),
        Arguments.of(
            "India to buy Rafale jets",
            "India agreed to purchase 36 Rafale fighter jets from France in a deal worth 7.9 billion euros. The transaction was signed in New Delhi by the two defence ministers."),
        Arguments.of(
            "Streaming service adds subscribers",
            "The streaming service acquired 5 million new subscribers in the quarter, the company said, helped by a cheaper offer for students."),
        Arguments.of(
            "Farmers struggle",
            "Farmers said their livelihoods were at stake after the drought. The government offered to buy surplus grain at a fixed price to support them."),
        Arguments.of(
            "Students learn coding",
            "Children acquire language skills quickly, researchers said. The school offers courses where pupils can buy books at a discount."),
        Arguments.of(
            "Halibut season opens",
            "Fishermen said buyers offered higher prices for halibut this year. Processors bought most of the catch at the dock, and the purchase price rose 10 percent."),
        Arguments.of(
            "Museum acquires painting",
            "The National Gallery has acquired a painting by Rembrandt, it said on Monday. The purchase was funded by donors who offered 10 million pounds."),
        Arguments.of(
            "Election campaign",
            "The senator announced his bid for the presidency on Monday. He offered voters a plan to cut taxes and said he would buy no television advertising."),
        Arguments.of(
            "Qantas orders Boeing jets",
            "Qantas Airways Ltd agreed to buy 20 Boeing Co 787 jets in a deal worth 5 billion dollars, the company said. The purchase will replace older aircraft."),
        Arguments.of(
            "Vodafone adds customers",
            "Vodafone Group Plc acquired 2 million new customers in the quarter after it offered cheaper deals on data plans, the company said."),
        Arguments.of(
            "XYZ profit rises",
            "XYZ Corp said first-quarter profit rose to 1.20 dlrs a share from 90 cts a share. The company also said it would buy back up to 5 pct of its shares."),
        Arguments.of(
            "Grain purchases",
            "Japan's Food Agency bought 120,000 tonnes of U.S. wheat, traders said. The purchase was the agency's largest this year and trading companies offered more."));
  }

  static Stream<Arguments> deals() {
    return Stream.of(
        Arguments.of(
            "Pfizer to buy Wyeth",
            "Pfizer Inc agreed to acquire Wyeth for 68 billion dollars in cash and stock, the companies said on Monday. The deal was approved by both boards."),
        Arguments.of(
            "Bank takeover",
            "Shareholders of ABN Amro Holding NV received a takeover offer from a consortium led by Royal Bank of Scotland, which said it would pay 38.40 euros a share."),
        Arguments.of(
            "XYZ buys stake",
            "Berkshire Hathaway Inc said it bought a 9.8 pct stake in Wells Fargo and Co and may raise its holding."),
        Arguments.of(
            "Banks to merge",
            "Two of Japan's largest banks, Mitsubishi Bank and Bank of Tokyo, said they had agreed to merge, creating the world's biggest bank."),
        Arguments.of(
            "Unilever sells spreads unit",
            "Unilever Plc said it agreed to sell its spreads business to private equity firm KKR for 6.8 billion euros."),
        Arguments.of(
            "Oracle bid for PeopleSoft",
            "Oracle Corp raised its hostile bid for PeopleSoft Inc to 26 dollars a share. PeopleSoft's board rejected the offer again."),
        Arguments.of(
            "Disney completes Fox deal",
            "Walt Disney Co completed its purchase of most of 21st Century Fox's film and television assets on Wednesday."),
        Arguments.of(
            "Kraft in talks",
            "Kraft Heinz Co is in talks to combine with Unilever, people familiar with the matter said, in what would be one of the largest takeovers ever."),
        Arguments.of(
            "ACME TO ACQUIRE WIDGETCO",
            "Acme Industries said it will pay 14 dlrs per share in cash for Widgetco, whose board has approved the deal."));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("notDeals")
  void aStoryThatOnlySoundsLikeADealIsNotMergers(String title, String body) {
    assertThat(TAGGER.topicIds(title, body)).doesNotContain("mergers");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("deals")
  void aDealIsMergersAndSoEconomy(String title, String body) {
    assertThat(TAGGER.topicIds(title, body)).contains("mergers", "economy");
  }
}
