package io.articles.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SurnamesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Linda Thomas-Greenfield|thomas greenfield", "Maria de la Cruz|de la cruz",
            "Pieter van Dijk|van dijk", "Ursula von der Leyen|von der leyen", "Bashar al-Assad|al assad",
            "Van Morrison|van morrison", "Hana Ruiz-Soto Jr|ruiz soto", "Charles de Gaulle III|de gaulle"})
    void compoundSurnames(String name, String compound) {
        assertEquals(Optional.of(compound), Surnames.compound(name));
        assertTrue(Surnames.isSurnameOf(compound, name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Vladimir Putin", "Madonna", "Abdullah II", "Zoë O'Brien", "", "  "})
    void oneWordSurnamesHaveNoCompound(String name) {
        assertEquals(Optional.empty(), Surnames.compound(name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Thomas-Greenfield", "de la Cruz", "van Dijk", "Van Dijk", "von der Leyen", "al-Assad"})
    void queriesThatNameACompoundSurname(String query) {
        assertTrue(Surnames.isCompoundQuery(query));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Linda Thomas-Greenfield", "Maria de la Cruz", "Joe Biden"})
    void queriesThatNameAFullName(String query) {
        assertFalse(Surnames.isCompoundQuery(query));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"greenfield|Linda Thomas-Greenfield", "cruz|Maria de la Cruz",
            "putin|Vladimir Putin"})
    void theLastWordStaysASurname(String surname, String name) {
        assertTrue(Surnames.isSurnameOf(surname, name));
    }
}
