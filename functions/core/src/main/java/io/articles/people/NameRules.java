package io.articles.people;

/** Judges a name-like phrase on its own words, against the gazetteers. */
final class NameRules {
    private static final int MAX_UNKNOWN_NAME_WORDS = 3;

    private final Lexicon lexicon;

    NameRules(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Never a person: an organisation, a nationality, an outlet, a month, an acronym, a bare role ("US Secretary"). */
    boolean isExcluded(Token[] name) {
        for (Token token : name) {
            if (lexicon.orgWords.contains(token.text()) || lexicon.notNames.contains(token.text())) {
                return true;
            }
        }
        return isNationality(name[0].text()) || allAcronyms(name) || isBareRole(name);
    }

    /** Whether a role before the phrase makes it a person: anything but a place ("Captain America"). */
    boolean isNameByTitle(Token[] name) {
        return name.length > 1 || !lexicon.places.contains(name[0].text());
    }

    /**
     * A person by its words alone: a given name and more ("Anita Anand"), an initial and a surname ("K.C. Maurer"),
     * an East Asian family name before a hyphenated given name ("Kwok Ka-ki"), or two or three known name words none
     * of which is an everyday word or a place ("Alireza Mehraban").
     */
    boolean isNameByItsWords(Token[] name) {
        if (name.length < 2 || lexicon.places.containsPhrase(name, 0, name.length)) {
            return false;
        }
        String first = name[0].text();
        String last = name[name.length - 1].text();
        if (name[name.length - 1].isInitial()) {
            return false;
        }
        return lexicon.givenNames.contains(first) && !(isCommon(first) && isCommon(last))
                || name[0].isInitial() && !isCommon(last)
                || name.length == 2 && lexicon.eastAsianSurnames.contains(first) && last.indexOf('-') > 0
                || name.length <= MAX_UNKNOWN_NAME_WORDS && allUncommonNameWords(name);
    }

    /** Whether a speech verb or a results table may make this phrase a person: it looks like a name. */
    boolean isNameByContext(Token[] name) {
        if (name.length == 1) {
            String word = name[0].text();
            return lexicon.nameWords.contains(word) && !isCommon(word) && !lexicon.places.contains(word);
        }
        String last = name[name.length - 1].text();
        return !lexicon.places.containsPhrase(name, 0, name.length) && !isCommon(last) && !lexicon.places.contains(last);
    }

    private boolean isNationality(String word) {
        return lexicon.nationalities.contains(word)
                || word.endsWith("s") && lexicon.nationalities.contains(word.substring(0, word.length() - 1));
    }

    private static boolean allAcronyms(Token[] name) {
        for (Token token : name) {
            if (!token.isAcronym() || token.isRomanNumeral()) {
                return false;
            }
        }
        return true;
    }

    /** "US Secretary", "Deputy Minister": a phrase ending in a role noun without a given name before it. */
    private boolean isBareRole(Token[] name) {
        String last = name[name.length - 1].text();
        return lexicon.roleHeads.contains(last) && !lexicon.givenNames.contains(name[0].text());
    }

    private boolean allUncommonNameWords(Token[] name) {
        for (Token token : name) {
            String word = token.text();
            if (!lexicon.nameWords.contains(word) || isCommon(word) || lexicon.places.contains(word)) {
                return false;
            }
        }
        return true;
    }

    private boolean isCommon(String word) {
        return lexicon.commonWords.contains(word);
    }
}
