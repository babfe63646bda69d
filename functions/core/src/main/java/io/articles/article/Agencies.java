package io.articles.article;

import static java.util.Map.entry;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** News agencies, by the names and abbreviations bylines and datelines use, each under its usual short name. */
final class Agencies {
    private static final Map<String, String> BY_NAME = Map.ofEntries(
            entry("afp", "AFP"), entry("agence france-presse", "AFP"), entry("agence france presse", "AFP"),
            entry("ap", "AP"), entry("associated press", "AP"), entry("reuters", "Reuters"), entry("jt", "JT"),
            entry("petra", "Petra"), entry("jordan news agency", "Petra"), entry("xinhua", "Xinhua"),
            entry("xinhua news agency", "Xinhua"), entry("dpa", "dpa"), entry("deutsche presse-agentur", "dpa"),
            entry("ana", "ANA"), entry("bloomberg", "Bloomberg"), entry("upi", "UPI"),
            entry("united press international", "UPI"), entry("kyodo", "Kyodo"),
            entry("anadolu", "Anadolu"), entry("anadolu agency", "Anadolu"), entry("wam", "WAM"),
            entry("emirates news agency", "WAM"), entry("kuna", "KUNA"), entry("kuwait news agency", "KUNA"),
            entry("spa", "SPA"), entry("saudi press agency", "SPA"), entry("mena", "MENA"),
            entry("middle east news agency", "MENA"), entry("qna", "QNA"), entry("bna", "BNA"), entry("sana", "SANA"),
            entry("tass", "TASS"), entry("interfax", "Interfax"), entry("ria novosti", "RIA Novosti"),
            entry("irna", "IRNA"), entry("efe", "EFE"), entry("ansa", "ANSA"), entry("yonhap", "Yonhap"),
            entry("pti", "PTI"), entry("press trust of india", "PTI"), entry("aap", "AAP"), entry("cnn", "CNN"),
            entry("lusa", "Lusa"), entry("canadian press", "Canadian Press"), entry("efe news", "EFE"),
            entry("kyodo news", "Kyodo"), entry("afp news", "AFP"), entry("reuter", "Reuters"),
            entry("bernama", "Bernama"), entry("antara", "Antara"));

    private Agencies() {
    }

    /** Words that make a name an agency or a publication as written: "Canadian Press", "Baltic News Service". */
    private static final java.util.Set<String> AGENCY_WORDS = java.util.Set.of("press", "news", "agency", "service",
            "wire", "media", "times", "post", "herald", "journal", "tribune", "gazette", "bulletin", "ledger",
            "telegraph", "chronicle", "standard", "observer", "guardian", "express", "mail", "network", "radio",
            "television", "tv", "broadcasting", "newswire", "newspapers");
    private static final int MAX_AGENCY_WORDS = 4;

    /**
     * The agency a byline part names: a known agency ("Associated Press"), one that opens the part ("CNN Business"),
     * or a name with an agency or publication word ("Baltic News Service"), as written. Empty for a person's name.
     */
    static Optional<String> inByline(String part) {
        Optional<String> known = named(part);
        if (known.isPresent()) {
            return known;
        }
        String[] words = part.strip().split(" ");
        if (words.length > 1 && words.length <= MAX_AGENCY_WORDS) {
            Optional<String> opening = named(words[0]);
            if (opening.isPresent() && !Character.isLowerCase(words[0].charAt(words[0].length() - 1))) {
                return opening;
            }
            for (String word : words) {
                if (AGENCY_WORDS.contains(word.toLowerCase(Locale.ROOT)) && Character.isUpperCase(word.charAt(0))) {
                    return Optional.of(part.strip());
                }
            }
        }
        return Optional.empty();
    }

    /** One to three capitalised words of letters, as an agency in parentheses is written: "(Lusa)", "(Kyodo)". */
    static boolean isAgencyShaped(String text) {
        String[] words = text.split(" ");
        if (words.length > 3 || text.isEmpty()) {
            return false;
        }
        for (String word : words) {
            if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
                return false;
            }
            for (int i = 0; i < word.length(); i++) {
                if (!Character.isLetter(word.charAt(i)) && word.charAt(i) != '-') {
                    return false;
                }
            }
        }
        return true;
    }

    /** The agency's short name, if {@code name} ("AFP", "the Associated Press") names one. */
    static Optional<String> named(String name) {
        String key = name.strip().toLowerCase(Locale.ROOT);
        if (key.startsWith("the ")) {
            key = key.substring(4);
        }
        return Optional.ofNullable(BY_NAME.get(key));
    }
}
