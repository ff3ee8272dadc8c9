/** Autocomplete over people, topics, outlets and titles for the search box. */
package io.facetwire.api.suggest;
