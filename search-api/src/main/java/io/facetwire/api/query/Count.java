package io.facetwire.api.query;

/** A value and how many articles have it (histogram bars, top lists). */
public record Count(String value, long count) {}
