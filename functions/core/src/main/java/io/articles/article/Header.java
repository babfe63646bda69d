package io.articles.article;

import java.time.LocalDate;

/**
 * The lines above the body.
 *
 * @param headline  the headline, or null
 * @param byline    the byline, or null
 * @param published the publication date from the byline or a date line, or null
 * @param updated   the "last updated" date, or null
 * @param caption   a photo caption between the byline and the body, or null
 * @param bodyStart the index of the first body line
 */
record Header(String headline, Byline byline, LocalDate published, LocalDate updated, String caption,
              int bodyStart) {
}
