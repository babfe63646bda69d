package io.articles.ingest;

/** Articles written for these tests, in the format editors upload. */
final class Articles {
    private Articles() {
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
