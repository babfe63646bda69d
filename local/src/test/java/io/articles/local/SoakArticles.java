package io.articles.local;

import java.util.Random;

/** Generated articles in the uploaded format, of mixed sizes, naming a mix of invented people. */
final class SoakArticles {
    private static final String[] GIVEN = {"Rana", "Omar", "Lina", "Khaled", "Salim", "Maya", "Yousef", "Hala"};
    private static final String[] FAMILY = {"Haddad", "Saleh", "Farouk", "Nasser", "Abbas", "Khoury", "Masri"};
    private static final String[] TOPICS = {"water", "tram", "budget", "schools", "drought", "tourism", "energy"};
    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct"};

    private SoakArticles() {
    }

    static String article(Random random) {
        String topic = TOPICS[random.nextInt(TOPICS.length)];
        String minister = person(random);
        String expert = person(random);
        StringBuilder text = new StringBuilder()
                .append("You are here\n\n")
                .append("Council debates ").append(topic).append(" plan as costs rise ").append(random.nextInt(1000))
                .append("\n\nBy ").append(person(random)).append(" - ").append(MONTHS[random.nextInt(MONTHS.length)])
                .append(' ').append(1 + random.nextInt(28)).append(",2023\n\n")
                .append("AMMAN — Minister ").append(minister).append(" said on Monday the ").append(topic)
                .append(" plan would go ahead.\n\n");
        int paragraphs = 1 + random.nextInt(random.nextInt(10) == 0 ? 400 : 8);
        for (int i = 0; i < paragraphs; i++) {
            text.append('"').append("We will keep working on the ").append(topic).append(" plan,\" ")
                    .append(i % 2 == 0 ? minister : expert).append(" told reporters.\n\n");
        }
        return text.append(random.nextInt(90)).append(" users have voted.\n").toString();
    }

    private static String person(Random random) {
        return GIVEN[random.nextInt(GIVEN.length)] + " " + FAMILY[random.nextInt(FAMILY.length)];
    }
}
