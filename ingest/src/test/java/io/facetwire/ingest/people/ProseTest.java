package io.facetwire.ingest.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Web-page paragraphs that name people the article is not about (issue 17). */
class ProseTest {
  private final PersonExtractor people = new PersonExtractor();

  private static final String STORY =
      "Kaitaia ranger Jamie Werner attended his first mass beaching on Tuesday.\n\n";

  @Test
  void referenceListEntriesAreNotProse() {
    String body =
        STORY
            + "^ Temple, Philip (1980). Wellington Yesterday. John McIndoe. ISBN 0-86868-012-5.\n\n"
            + "^ Wayne Arnold (2 August 2007). \"Surviving Without Subsidies\". The New York Times."
            + " Retrieved 11 August 2015.";
    assertThat(people.extract(null, body)).containsExactly("Jamie Werner");
  }

  @Test
  void creditsContributorsAndTheAuthorsBioAreNotProse() {
    String body =
        STORY
            + "Photos by J E Theriot, George Redgrave, David Amsler.\n\n"
            + "Aerospace Writer Marcia Dunn in Cape Canaveral, Florida, and Vladimir Isachenkov in"
            + " Moscow contributed to this report.\n\n"
            + "Lucas Nolan is a reporter for Breitbart Tech covering free speech. Follow him on"
            + " Twitter.";
    assertThat(people.extract(null, body)).containsExactly("Jamie Werner");
  }

  /** Each form the substring checks in front of the credit expression must let through. */
  @Test
  void everyCreditFormIsFurniture() {
    for (String credit :
        new String[] {
          "Photograph: Jane Doe/The Guardian",
          "photos: Jane Doe",
          "Picture by Jane Doe",
          "Illustration by Jane Doe",
          "Image: Jane Doe/Getty",
          "Credit: Jane Doe",
          "Jane Doe contributed reporting from Paris.",
          "Follow her on Instagram, says Jane Doe"
        }) {
      assertThat(people.extract(null, STORY + credit)).as(credit).containsExactly("Jamie Werner");
    }
  }

  @Test
  void aBylineParagraphIsNotProse() {
    for (String byline :
        new String[] {
          "By Kelli Miller WebMD Health News",
          "By Tara Parker-Pope and Pam Belluck",
          "Reviewed by Jane Doe, MD, MPH",
          "BY JOHN SMITH"
        }) {
      Mentions found = people.find(byline + "\n\n" + STORY);
      assertThat(found.people()).as(byline).containsExactly("Jamie Werner");
      assertThat(found.orgs()).as(byline).isEmpty();
    }
    assertThat(people.extract(null, STORY + "More text.\n\nMore text.\n\nBy Stephen King"))
        .as("further down, a review's box names the book's author")
        .contains("Stephen King", "Jamie Werner");
    assertThat(people.extract(null, "By noon Anna Smith had left.\n\n" + STORY))
        .as("a sentence that opens with 'By'")
        .contains("Anna Smith", "Jamie Werner");
  }

  @Test
  void aBioLikeSentenceInsideTheStoryAndLongParagraphsStay() {
    String body =
        "Anna Smith is a reporter for the local paper, and she found the documents.\n\n"
            + STORY
            + "More text.\n\nMore text.\n\nThe end.";
    assertThat(people.extract(null, body)).contains("Anna Smith", "Jamie Werner");
    String longParagraph =
        "Photo: a crowd in Lahore, where the leader spoke, said Pervez Musharraf. "
            + "And more. ".repeat(80);
    assertThat(people.extract(null, longParagraph)).containsExactly("Pervez Musharraf");
  }

  @Test
  void aSoftHyphenDoesNotSplitAName() {
    assertThat(people.extract(null, "Russian President Vladi\u00ADmir Putin spoke."))
        .containsExactly("Vladimir Putin");
  }
}
