/**
 * Benchmarks on public corpora no one in the project wrote: GermEval 2014 NER (persons and locations,
 * {@link org.diplograph.eval.bench.GermEvalBenchmark}) and WikiWarsDE temporal expressions
 * ({@link org.diplograph.eval.bench.WikiWarsBenchmark}, scored the way HeidelTime's evaluation scores
 * them). Each reads its corpus from a path the user gives ({@code ./diplograph evaluate --benchmark
 * germeval|wikiwars --corpus PATH}); the jar carries no test corpora.
 */
package org.diplograph.eval.bench;
