package org.diplograph.eval;

/**
 * The score of one article against its gold file.
 *
 * @param articleId the article's id
 * @param gold      the gold file's "article" field
 */
public record ArticleScore(String articleId, String gold, Counts persons, Counts countries,
                           EventScores calls, EventScores rounds) {
}
