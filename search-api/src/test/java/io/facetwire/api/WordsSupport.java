package io.facetwire.api;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * Base of the words ITs (terms, network, copies): the app on the {@link WordsCorpus}, one shared
 * context.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "facetwire.seeds.enabled=false")
@Import(WordsCorpus.Loader.class)
abstract class WordsSupport extends HttpSupport {}
