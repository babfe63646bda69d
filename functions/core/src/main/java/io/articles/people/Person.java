package io.articles.people;

import java.util.List;

/**
 * A person the article mentions.
 *
 * @param name     the fullest form of the name the article uses, without honorifics or titles
 * @param mentions how many times the article names them (full or partial name; pronouns are not counted)
 * @param titles   the roles the text gives them, de-duplicated, in order of appearance
 */
public record Person(String name, int mentions, List<String> titles) {
    public Person {
        titles = List.copyOf(titles);
    }
}
