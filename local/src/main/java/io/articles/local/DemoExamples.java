package io.articles.local;

/** What the demo corpus in samples/ answers, for the examples serve prints (the README's, checked by a test). */
final class DemoExamples {
    static final String DATE = "2022-01-31";
    static final String SURNAME = "Nasser";

    private DemoExamples() {
    }
}
