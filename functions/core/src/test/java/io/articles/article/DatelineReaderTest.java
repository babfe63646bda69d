package io.articles.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatelineReaderTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "WASHINGTON — The talks went on. | WASHINGTON | | The talks went on.",
            "AMMAN — The talks went on. | AMMAN | | The talks went on.",
            "AMMAN, Jordan (AP) -- The talks went on. | AMMAN, Jordan | AP | The talks went on.",
            "LONDON (Reuters) - The talks went on. | LONDON | Reuters | The talks went on.",
            "NEW YORK – The talks went on. | NEW YORK | | The talks went on.",
            "ST. PETERSBURG, Russia — The talks went on. | ST. PETERSBURG, Russia | | The talks went on.",
            "WASHINGTON—The talks went on. | WASHINGTON | | The talks went on.",
            "BEIRUT (AFP) — The talks went on. | BEIRUT | AFP | The talks went on."})
    void splitsThePlaceFromTheParagraph(String paragraph, String place, String agency, String rest) {
        assertEquals(Optional.of(new Dateline(place, agency, rest)), DatelineReader.read(paragraph));
    }

    @ParameterizedTest
    @ValueSource(strings = {"The talks went on.", "US officials said on Monday - and again on Tuesday - that",
            "COVID-19 cases rose.", "NATO", "AMMAN —", "Amman — the capital", "A — B"})
    void findsNoDatelineInOrdinaryProse(String paragraph) {
        assertEquals(Optional.empty(), DatelineReader.read(paragraph));
    }
}
