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
            entry("united press international", "UPI"), entry("kyodo", "Kyodo"), entry("kyodo news", "Kyodo"),
            entry("anadolu", "Anadolu"), entry("anadolu agency", "Anadolu"), entry("wam", "WAM"),
            entry("emirates news agency", "WAM"), entry("kuna", "KUNA"), entry("kuwait news agency", "KUNA"),
            entry("spa", "SPA"), entry("saudi press agency", "SPA"), entry("mena", "MENA"),
            entry("middle east news agency", "MENA"), entry("qna", "QNA"), entry("bna", "BNA"), entry("sana", "SANA"),
            entry("tass", "TASS"), entry("interfax", "Interfax"), entry("ria novosti", "RIA Novosti"),
            entry("irna", "IRNA"), entry("efe", "EFE"), entry("ansa", "ANSA"), entry("yonhap", "Yonhap"),
            entry("pti", "PTI"), entry("aap", "AAP"), entry("bernama", "Bernama"), entry("antara", "Antara"));

    private Agencies() {
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
