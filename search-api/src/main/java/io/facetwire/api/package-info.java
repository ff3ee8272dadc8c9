/**
 * The Facetwire app: a Spring Boot JSON API over SolrJ that also serves the web workbench. Packages
 * are features (search, article, entity, export, ...); config, security and ops are the shared
 * plumbing.
 */
package io.facetwire.api;
