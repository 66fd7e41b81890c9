/** JMH benchmarks; run with {@code java -jar segmentum-bench/target/benchmarks.jar}. */
package org.segmentum.bench;
