/**
 * A pinned platform clock for integration tests and rehearsals: the {@code TimeSource} that a server
 * configured with PID {@code org.bianmin.clock} runs on. Not exported; without that configuration
 * nothing here is active.
 */
package org.bianmin.liberty.clock;
