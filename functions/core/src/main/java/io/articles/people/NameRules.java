package io.articles.people;

import io.articles.text.Chars;

/** Judges a name-like phrase on its own words, against the gazetteers. */
final class NameRules {
    private static final int MAX_UNKNOWN_NAME_WORDS = 3;
    /** Endings found on surnames and hardly on other capitalised words (Slavic, Greek, Romanian, Turkish, ...). */
    private static final String[] SURNAME_ENDINGS = {"enko", "chuk", "ovich", "evich", "wicz", "escu", "opoulos",
        "akis", "oglu", "ski", "sky", "ska", "ova", "eva"};

    private final Lexicon lexicon;

    NameRules(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Never a person: an organisation, a nationality, an outlet, a month, an acronym, a bare role ("US Secretary"). */
    boolean isExcluded(Token[] name) {
        for (Token token : name) {
            if (lexicon.is(token, Lexicon.ORG_WORD | Lexicon.NOT_NAME)) {
                return true;
            }
        }
        return isNationality(name[0]) || allAcronyms(name) || isBareRole(name) || isTeam(name)
                || lexicon.isPhrase(name, 0, name.length, Lexicon.NOT_NAME);
    }

    /** "Orlando Magic", "Charlotte Hornets": a place and a team nickname ("Magic Johnson" is a person). */
    private boolean isTeam(Token[] name) {
        return name.length > 1 && lexicon.is(name[name.length - 1], Lexicon.TEAM_NICKNAME)
                && lexicon.isPhrase(name, 0, name.length - 1, Lexicon.PLACE);
    }

    /** Whether a role before the phrase makes it a person: anything but a place ("Governor Texas", not "Pope Francis"). */
    boolean isNameByTitle(Token[] name) {
        return name.length > 1 || !lexicon.is(name[0], Lexicon.PLACE) || lexicon.is(name[0], Lexicon.GIVEN_NAME);
    }

    /**
     * A person by its words alone: a given name and more ("Anita Anand", "John Key", but not "Grace Period"), an
     * initial and a surname ("K.C. Maurer"),
     * an East Asian family name before a hyphenated given name ("Kwok Ka-ki"), or two or three known name words none
     * of which is an everyday word or a place ("Alireza Mehraban").
     */
    boolean isNameByItsWords(Token[] name) {
        if (name.length < 2 || lexicon.isPhrase(name, 0, name.length, Lexicon.PLACE)) {
            return false;
        }
        Token first = name[0];
        Token last = name[name.length - 1];
        if (last.isInitial()) {
            return false;
        }
        return lexicon.is(first, Lexicon.GIVEN_NAME) && !(isCommon(first) && isCommon(last))
                || name[0].isInitial() && !isCommon(last)
                || name.length == 2 && lexicon.is(first, Lexicon.EAST_ASIAN_SURNAME) && last.text().indexOf('-') > 0
                || name.length <= MAX_UNKNOWN_NAME_WORDS && allUncommonNameWords(name)
                || name.length == 2 && !isCommon(first) && !lexicon.is(first, Lexicon.PLACE) && isSurnameShaped(last);
    }

    /** "O'Neal", "McAllister", "Kovalenko", "Wisniewski", "Papadopoulos": a surname by its prefix or ending. */
    static boolean isSurnameShaped(Token token) {
        int length = token.length();
        if (length > 3 && Chars.isUpperCase(token.charAt(2)) && (token.startsWith("O'") || token.startsWith("Mc"))) {
            return true;
        }
        for (String ending : SURNAME_ENDINGS) {
            if (length > ending.length() + 2 && token.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a speech verb or a results table may make this phrase a person: it looks like a name. */
    boolean isNameByContext(Token[] name) {
        if (name.length == 1) {
            Token word = name[0];
            return (lexicon.is(word, Lexicon.NAME_WORD) || isSurnameShaped(word))
                    && !lexicon.is(word, Lexicon.COMMON_WORD | Lexicon.PLACE);
        }
        Token last = name[name.length - 1];
        return !lexicon.isPhrase(name, 0, name.length, Lexicon.PLACE)
                && !lexicon.is(last, Lexicon.COMMON_WORD | Lexicon.PLACE);
    }

    /** "French", and a plural "Britons". */
    private boolean isNationality(Token token) {
        int length = token.length();
        return lexicon.is(token, Lexicon.NATIONALITY)
                || length > 0 && token.charAt(length - 1) == 's' && lexicon.isSingular(token, Lexicon.NATIONALITY);
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
        Token last = name[name.length - 1];
        return lexicon.is(last, Lexicon.ROLE) && !lexicon.is(name[0], Lexicon.GIVEN_NAME);
    }

    private boolean allUncommonNameWords(Token[] name) {
        for (Token token : name) {
            Token word = token;
            if (!lexicon.is(word, Lexicon.NAME_WORD) || lexicon.is(word, Lexicon.COMMON_WORD | Lexicon.PLACE)) {
                return false;
            }
        }
        return true;
    }

    private boolean isCommon(Token word) {
        return lexicon.is(word, Lexicon.COMMON_WORD);
    }
}
