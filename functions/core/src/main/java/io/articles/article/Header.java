package io.articles.article;

import java.time.LocalDate;

/**
 * The lines above the body.
 *
 * @param headline  the headline, cleaned of its slug, source and full stop, or null
 * @param slug      the topic slug before the headline ("SOCCER", "UPDATE 2"), or null
 * @param byline    the byline, or null
 * @param source    the agency or source a metadata block or front matter names, as written, or null
 * @param published the publication date from the byline, a date line or the metadata, or null
 * @param updated   the "last updated" date, or null
 * @param caption   a photo caption between the byline and the body, or null
 * @param dateline  a dateline on a line of its own ("VIENNA 1996-12-06", "Duluth, Minn."), or null
 * @param bodyStart the index of the first body line
 */
record Header(String headline, String slug, Byline byline, String source, LocalDate published, LocalDate updated,
              String caption, Dateline dateline, int bodyStart) {
}
