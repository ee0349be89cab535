/**
 * Apache Spark integration: {@link io.github.hadath.spark.HadathSpark#analyze} adds an
 * {@code analysis} struct column to a {@code Dataset<Row>}, and
 * {@link io.github.hadath.spark.HadathSparkJob} is a ready {@code spark-submit} job (JSON Lines
 * or Parquet in, Parquet out).
 *
 * <p>Spark 3.5 (Scala 2.12) is a {@code provided} dependency: it is not pulled into projects
 * that use Hadath without Spark, and this package must only be loaded where Spark is on the
 * classpath. See {@code docs/spark.md}.
 */
package io.github.hadath.spark;
