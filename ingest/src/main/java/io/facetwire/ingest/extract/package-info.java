/**
 * From raw input to an article's title, body, date, byline and outlet: HTML main-text extraction
 * (jsoup), metadata (JSON-LD, OpenGraph, meta tags) and plain-text conventions.
 */
package io.facetwire.ingest.extract;
