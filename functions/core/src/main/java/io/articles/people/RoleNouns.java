package io.articles.people;

/** Role nouns compared across their gendered forms: what the quote finder and the speakers' resolution share. */
public final class RoleNouns {
    private static final String[] GENDERED_ENDINGS = {"woman", "man", "person"};

    private RoleNouns() {
    }

    /** "chairwoman", "chairman", "chair" alike; "spokeswoman", "spokesman", "spokesperson" alike; a period ignored. */
    public static String stem(String word) {
        String bare = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
        for (String ending : GENDERED_ENDINGS) {
            if (bare.length() > ending.length() + 2 && bare.endsWith(ending)) {
                return bare.substring(0, bare.length() - ending.length());
            }
        }
        return bare;
    }
}
