package io.articles.aws;

import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

/**
 * Runs SDK calls up to the wire and no further: the request is built, marshalled and signed, so every class and
 * code path it needs is loaded and warm, then aborted before a connection is opened. For SnapStart's
 * before-checkpoint hook, where an open connection would be stale in every restored copy of the snapshot.
 */
public final class Priming implements ExecutionInterceptor {
    private static final ThreadLocal<Boolean> ACTIVE = ThreadLocal.withInitial(() -> false);

    /** Runs {@code call} with transmission suppressed on this thread; its abort is expected and swallowed. */
    public static void dryRun(Runnable call) {
        ACTIVE.set(true);
        try {
            call.run();
        } catch (RuntimeException aborted) {
            // Expected: the call stopped at beforeTransmission (or failed earlier, which priming can ignore).
        } finally {
            ACTIVE.set(false);
        }
    }

    @Override
    public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
        if (ACTIVE.get()) {
            throw new DryRunAbort();
        }
    }

    /** Stops a primed call before it reaches the network. */
    static final class DryRunAbort extends RuntimeException {
        DryRunAbort() {
            super("priming: request stopped before transmission", null, false, false);
        }
    }
}
