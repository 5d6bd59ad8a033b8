package id.netral.bench;

/**
 * How much each benchmark does: the full run whose figures are compared with the goals, or the
 * quick run CI makes to prove that every benchmark still runs and produces its figures (its figures
 * are too short to compare with anything).
 *
 * @param seconds       of each measured load round
 * @param warmUpSeconds of load before the measured rounds (the JIT needs about 30 s on 2 cores)
 * @param rounds        baseline and target in turn, the median ratio reported
 * @param rows          employees the roster imports (and twice as many accounts for the lookups)
 * @param employees     on the roster case intake reports about
 * @param events        webhook events delivered to one portal
 * @param recipients    of the broadcast
 * @param startRounds   starts of each service (median)
 */
record Scale(boolean quick, int seconds, int warmUpSeconds, int rounds, int rows, int employees, int events, int recipients,
        int startRounds) {
    static final Scale FULL = new Scale(false, 15, 30, 5, 1_000_000, 10_000, 20_000, 100_000, 3);
    static final Scale QUICK = new Scale(true, 2, 2, 3, 20_000, 1_000, 2_000, 2_000, 1);

    Scale withSeconds(int seconds) {
        return new Scale(quick, seconds, warmUpSeconds, rounds, rows, employees, events, recipients, startRounds);
    }
}
