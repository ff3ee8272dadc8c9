/**
 * Which language an article is written in, decided once per article from its text, so that its
 * title and body go to that language's analysed fields and the English-only rules (people, topics)
 * run only on English text.
 */
package io.facetwire.ingest.lang;
