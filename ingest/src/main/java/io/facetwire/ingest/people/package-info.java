/**
 * People and organisations named in an article: rule-based candidate finding over tokens, name
 * lists and a gazetteer, then resolution of short and long forms of one name within an article and
 * across a batch.
 */
package io.facetwire.ingest.people;
