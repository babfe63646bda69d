package io.articles.ingest;

/** Articles written for these tests, in the format editors upload. */
final class Articles {
    private Articles() {
    }

    /** A story quoting {@code minister} by full name, then by surname. */
    static String storyQuoting(String headline, String date, String minister) {
        String surname = minister.substring(minister.lastIndexOf(' ') + 1);
        return """
                %s

                By Rana Haddad - %s

                AMMAN — Water Minister %s said on Tuesday the plan would go ahead.

                "We cannot face the coming summers alone," %s told reporters.
                """.formatted(headline, date, minister, surname);
    }

    static String story(String headline, String date) {
        return """
                You are here

                %s

                By Rana Haddad - %s - Last updated at %s

                AMMAN — Officials met on Tuesday to discuss the plan, according to a ministry statement.

                "We cannot face the coming summers alone," the minister told reporters.

                3 users have voted.
                """.formatted(headline, date, date);
    }
}
