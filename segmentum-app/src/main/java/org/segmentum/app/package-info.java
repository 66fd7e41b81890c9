/**
 * The command line ({@link org.segmentum.app.Main}) and the composition root: the only place that wires
 * modules together and maps outcomes to exit codes (0 success, 2 invalid input, 1 other failures).
 */
package org.segmentum.app;
