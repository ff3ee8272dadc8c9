/**
 * Reliability and security tests of the API (test sources only): fuzzed parameters, hostile
 * articles, XSS and CSV injection, Solr outages, load.
 */
package io.facetwire.api.reliability;
