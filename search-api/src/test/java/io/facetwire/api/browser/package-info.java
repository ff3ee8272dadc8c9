/**
 * Browser tests (test sources only): Selenium drives Debian's headless Chromium through the
 * workbench, axe-core checks accessibility; skipped, saying why, when Chromium is missing.
 */
package io.facetwire.api.browser;
