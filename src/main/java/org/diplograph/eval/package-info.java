/**
 * Scoring extraction against hand-made gold files (format and rules: ../shared/eval/README.md, summarised
 * in docs/queries.md). {@link org.diplograph.eval.GoldFile} reads a gold file, {@link org.diplograph.eval.Predictions}
 * turns what the pipeline found in one article into an {@link org.diplograph.eval.ArticlePrediction} (a plain
 * record, so scoring can be tested with hand-made predictions), {@link org.diplograph.eval.Evaluator} applies
 * the scoring rules (entity sets, one-to-one event matching with optional gold events, attribute accuracy on
 * matched pairs) and {@link org.diplograph.eval.EvaluationReport} prints the result as an aligned table.
 * {@link org.diplograph.eval.EvaluationRun} pairs input articles with their gold files and runs the pipeline.
 */
package org.diplograph.eval;
