package io.articles.article;

/**
 * Who a sentence says is speaking or acting: a name ("Senator Bob Menendez said" gives "Bob Menendez"), a pronoun
 * ("she said", to be resolved to someone named before), a role ("the governor told a session", which the people
 * extractor resolves to the person the article gives that role), an organisation ("the ministry said in a
 * statement"), or someone the text does not name ("one trader", "officials").
 *
 * @param kind   what the text gives
 * @param name   a name without titles, a role as written ("the deputy mayor") or an organisation's name or noun
 *               ("Ministry of Health", "the regulator"); null for a pronoun or an unnamed speaker
 * @param gender what the text says of the referent's gender, when anything
 * @param role   for a name, the role the text gives it there, in lower case ("harbour authority chairman"), or null
 */
record Attribution(Kind kind, String name, Gender gender, String role) {
    static final Attribution HE = new Attribution(Kind.PRONOUN, null, Gender.MALE, null);
    static final Attribution SHE = new Attribution(Kind.PRONOUN, null, Gender.FEMALE, null);
    static final Attribution THEY = new Attribution(Kind.PRONOUN, null, Gender.PLURAL, null);
    static final Attribution IT = new Attribution(Kind.PRONOUN, null, Gender.NEUTER, null);
    static final Attribution ANONYMOUS = new Attribution(Kind.ANONYMOUS, null, Gender.UNKNOWN, null);
    static final Attribution ANONYMOUS_GROUP = new Attribution(Kind.ANONYMOUS, null, Gender.PLURAL, null);

    enum Kind { NAME, PRONOUN, ROLE, ORGANISATION, ANONYMOUS }

    enum Gender { MALE, FEMALE, PLURAL, NEUTER, UNKNOWN }

    Attribution(Kind kind, String name, Gender gender) {
        this(kind, name, gender, null);
    }

    static Attribution name(String name, Gender gender, String role) {
        return new Attribution(Kind.NAME, name, gender, role);
    }

    boolean isPronoun() {
        return kind == Kind.PRONOUN;
    }

    /** A person the text names or gives a role: whom "he" or "she" may refer to. */
    boolean isPerson() {
        return kind == Kind.NAME || kind == Kind.ROLE;
    }

    Attribution withRole(String given) {
        return given == null || given.equals(role) ? this : new Attribution(kind, name, gender, given);
    }

    Attribution withGender(Gender known) {
        return known == gender ? this : new Attribution(kind, name, known, role);
    }
}
