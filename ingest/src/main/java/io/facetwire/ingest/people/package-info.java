/**
 * People and organisations named in an article: rule-based candidate finding over tokens, name
 * lists and a gazetteer, a statistical name finder ({@link io.facetwire.ingest.people.NameModel})
 * on the names the rules leave unexplained, then resolution of short and long forms of one name
 * within an article and across a batch.
 */
package io.facetwire.ingest.people;
