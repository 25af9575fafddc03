/**
 * Input: reading news articles from files. An {@link org.diplograph.article.ArticleReader} turns one
 * file into a stream of {@link org.diplograph.article.ReadResult}s ({@code .txt} with an optional
 * {@code .meta.json} sidecar, or {@code .jsonl} with one article per line, including the field names
 * news-please writes for CC-NEWS crawls); {@link org.diplograph.article.ArticleSources} expands the
 * files and directories a user names, lazily and in a deterministic order, and reports every bad
 * file or line as a {@link org.diplograph.article.ReadResult.Failed} with its location and a one-line
 * reason, so one bad article never stops the others. Text is decoded strictly as UTF-8 (with a
 * windows-1252 fallback that is reported as a warning) and kept exactly as written apart from a
 * leading byte order mark, so that character offsets reproduce it. The formats and every error
 * message are documented in {@code docs/input.md}.
 */
package org.diplograph.article;
