package io.facetwire.api.entity;

import io.facetwire.solr.FacetField;

/** The kinds of entity that have a page: people, topics and organisations. */
enum EntityKind {
  PERSON("person", FacetField.PEOPLE),
  TOPIC("topic", FacetField.TOPICS),
  ORG("org", FacetField.ORGS);

  final String publicName;
  final FacetField field;

  EntityKind(String publicName, FacetField field) {
    this.publicName = publicName;
    this.field = field;
  }
}
