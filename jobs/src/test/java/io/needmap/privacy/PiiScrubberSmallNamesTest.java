package io.needmap.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A lone given name in small letters is a person only right after a word that takes one. */
class PiiScrubberSmallNamesTest {

    private final PiiScrubber scrubber = PiiScrubber.builder().build();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "meeting invites from benedikt don't arrive|meeting invites from [name] don't arrive",
        "please ask jana about the licence|please ask [name] about the licence",
        "Einladungen von benedikt kommen nicht an|Einladungen von [name] kommen nicht an",
        "data from sap is slow|data from sap is slow",
        "calls from mobile drop|calls from mobile drop",
        "synced with outlook yesterday|synced with outlook yesterday",
        "jana is not a cue here|jana is not a cue here",
    })
    void onlyAfterACue(String text, String expected) {
        assertEquals(expected, scrubber.scrub(text));
    }
}
